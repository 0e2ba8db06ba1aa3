package org.sitrep.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Supplier;
import org.sitrep.core.Article;
import org.sitrep.core.Extraction;
import org.sitrep.store.ContentHash;
import org.sitrep.store.PutOutcome;
import org.sitrep.store.Sighting;

/**
 * Stores sightings: a new text becomes an article with its claims, a known text another appearance, and a new text
 * at a known locator a new version that makes the older one no longer current (kept, its claims hidden from queries).
 * The caller wraps each call in a transaction. Staged claims are not touched when an article's current flag changes:
 * they take the flag when they move.
 */
public final class ArticleWriter {
    private final Sql sql;
    private final ClaimRows claimRows;

    public ArticleWriter(Sql sql) {
        this.sql = sql;
        this.claimRows = new ClaimRows(sql);
    }

    /**
     * Stores one sighting; a new text's claims go to the staging tables with {@code staged} (see {@link Backlog}),
     * straight into {@code claims} otherwise.
     */
    public PutOutcome put(Sighting sighting, String hash, String extractorVersion, Supplier<Extraction> extraction,
            Instant now, boolean staged) throws SQLException {
        Long known = sql.queryLong("SELECT id FROM articles WHERE content_hash = ?", hash);
        Long prior = sql.queryLong("SELECT article_id FROM appearances WHERE locator = ? AND replaced_at IS NULL",
                sighting.locator());
        if (known != null && known.equals(prior)) {
            sql.update("UPDATE appearances SET last_seen = ? WHERE locator = ? AND article_id = ?",
                    sighting.seenAt().toString(), sighting.locator(), known);
            return new PutOutcome(PutOutcome.Kind.UNCHANGED, known, ContentHash.key(hash), 0);
        }
        long articleId;
        int claims = 0;
        if (known == null) {
            Extraction result = extraction.get();
            articleId = insertArticle(sighting, hash, extractorVersion, now);
            claims = claimRows.insert(articleId, hash, sighting.article().published(), result.claims(), true,
                    staged);
        } else {
            articleId = known;
        }
        if (prior != null) {
            sql.update("UPDATE appearances SET replaced_at = ?, replaced_by = ? WHERE locator = ? AND article_id = ?",
                    now.toString(), articleId, sighting.locator(), prior);
        }
        recordAppearance(sighting, articleId, known != null);
        if (prior != null) {
            refreshCurrent(prior);
        }
        if (known != null) {
            refreshCurrent(known);
        }
        PutOutcome.Kind kind = known != null ? PutOutcome.Kind.NEW_APPEARANCE
                : prior != null ? PutOutcome.Kind.NEW_VERSION : PutOutcome.Kind.NEW;
        return new PutOutcome(kind, articleId, ContentHash.key(hash), claims);
    }

    /**
     * Deletes the article's claims and stores {@code extraction}'s in their place; returns how many. The caller moves
     * the {@link Backlog} first, so none of the article's claims is still staged.
     */
    public int replaceClaims(long articleId, Extraction extraction, String extractorVersion, Instant now)
            throws SQLException {
        sql.update("DELETE FROM claims WHERE article_id = ?", articleId);
        sql.update("UPDATE articles SET extractor_version = ?, extracted_at = ? WHERE id = ?", extractorVersion,
                now.toString(), articleId);
        try (ResultSet row = sql.bind("SELECT content_hash, current FROM articles WHERE id = ?", articleId)
                .executeQuery()) {
            if (!row.next()) {
                throw new IllegalArgumentException("no article with row id " + articleId);
            }
            String hash = row.getString(1);
            boolean current = row.getInt(2) == 1;
            return claimRows.insert(articleId, hash, extraction.article().published(), extraction.claims(), current,
                    false);
        }
    }

    /** Call after a rolled-back transaction. */
    public void rolledBack() {
        claimRows.forgetCache();
    }

    private long insertArticle(Sighting sighting, String hash, String extractorVersion, Instant now)
            throws SQLException {
        Article article = sighting.article();
        return sql.insert("INSERT INTO articles (content_hash, text, title, published, fetched_at, "
                + "extractor_version, extracted_at, current) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", hash, article.text(),
                article.title(), article.published() == null ? null : article.published().toString(),
                sighting.seenAt().toString(), extractorVersion, now.toString());
    }

    /**
     * A new appearance row, or for a known text the old row of this locator and text opened again (a text that came
     * back); a new text has no rows to reopen.
     */
    private void recordAppearance(Sighting sighting, long articleId, boolean knownText) throws SQLException {
        Article article = sighting.article();
        String seen = sighting.seenAt().toString();
        int reopened = !knownText ? 0 : sql.update(
                "UPDATE appearances SET replaced_at = NULL, replaced_by = NULL, last_seen = ? "
                + "WHERE locator = ? AND article_id = ?", seen, sighting.locator(), articleId);
        if (reopened == 0) {
            sql.update("INSERT INTO appearances (article_id, locator, url, outlet, input_id, first_seen, last_seen) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", articleId, sighting.locator(), article.url(), article.outlet(),
                    article.id(), seen, seen);
        }
    }

    /** An article is current while some locator still carries it; its claims follow. */
    private void refreshCurrent(long articleId) throws SQLException {
        Long carried = sql.queryLong("SELECT count(*) FROM appearances WHERE article_id = ? AND replaced_at IS NULL",
                articleId);
        int current = carried != null && carried > 0 ? 1 : 0;
        if (sql.update("UPDATE articles SET current = ? WHERE id = ? AND current <> ?", current, articleId,
                current) > 0) {
            sql.update("UPDATE claims SET current = ? WHERE article_id = ?", current, articleId);
        }
    }
}
