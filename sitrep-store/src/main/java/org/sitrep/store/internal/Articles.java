package org.sitrep.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.core.Article;
import org.sitrep.store.ContentHash;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.StoredArticle;

/** Reads articles back, and the counts and checks the store reports about itself. */
public final class Articles {
    private final Sql sql;

    public Articles(Sql sql) {
        this.sql = sql;
    }

    public boolean knows(String contentHash) throws SQLException {
        return sql.queryLong("SELECT id FROM articles WHERE content_hash = ?", contentHash) != null;
    }

    public Optional<StoredArticle> byId(long id) throws SQLException {
        try (ResultSet r = sql.bind("SELECT a.id, a.content_hash, a.text, a.title, a.published, a.extractor_version, "
                + "a.current, p.url, p.outlet FROM articles a LEFT JOIN appearances p ON p.id = (SELECT q.id FROM "
                + "appearances q WHERE q.article_id = a.id ORDER BY q.url IS NULL, q.id LIMIT 1) WHERE a.id = ?", id)
                .executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            String hash = r.getString(2);
            String published = r.getString(5);
            Article article = new Article(ContentHash.key(hash), r.getString(8), r.getString(9), r.getString(4),
                    published == null ? null : LocalDate.parse(published), r.getString(3));
            return Optional.of(new StoredArticle(r.getLong(1), hash, article, r.getString(6), r.getInt(7) == 1));
        }
    }

    /** Row ids of the articles whose claims came from another rule version than {@code version}, or all of them. */
    public List<Long> ids(String notVersion) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet r = sql.bind("SELECT id FROM articles WHERE ?1 IS NULL OR extractor_version <> ?1 ORDER BY id",
                notVersion).executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    public StoreCounts counts() throws SQLException {
        return new StoreCounts(count("SELECT count(*) FROM articles"),
                count("SELECT count(*) FROM articles WHERE current = 1"), count("SELECT count(*) FROM appearances"),
                count("SELECT count(*) FROM claims"), count("SELECT count(*) FROM claims WHERE current = 1"),
                count("SELECT count(*) FROM sources"), count("SELECT count(*) FROM runs"),
                count("SELECT count(*) FROM run_failures"));
    }

    /**
     * What is wrong with the file, empty when nothing: SQLite's integrity and foreign-key checks, the FTS index
     * against its content, and the store's own rules (every article appears somewhere, claims follow their article's
     * current flag, each locator carries one current text).
     */
    public List<String> check() throws SQLException {
        List<String> problems = new ArrayList<>();
        sql.forEachRow("PRAGMA integrity_check", r -> {
            if (!"ok".equals(r.getString(1))) {
                problems.add("integrity: " + r.getString(1));
            }
        });
        sql.forEachRow("PRAGMA foreign_key_check", r -> problems.add("foreign key: " + r.getString(1) + " row "
                + r.getLong(2) + " -> " + r.getString(3)));
        try {
            sql.update("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");
        } catch (SQLException e) {
            problems.add("full-text index: " + e.getMessage());
        }
        rule(problems, "articles without an appearance",
                "SELECT count(*) FROM articles a "
                        + "WHERE NOT EXISTS (SELECT 1 FROM appearances p WHERE p.article_id = a.id)");
        rule(problems, "claims whose current flag differs from their article's",
                "SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.current <> a.current");
        rule(problems, "current articles no locator carries", "SELECT count(*) FROM articles a WHERE a.current = 1 "
                + "AND NOT EXISTS (SELECT 1 FROM appearances p WHERE p.article_id = a.id AND p.replaced_at IS NULL)");
        return problems;
    }

    private void rule(List<String> problems, String what, String countQuery) throws SQLException {
        long count = count(countQuery);
        if (count > 0) {
            problems.add(count + " " + what);
        }
    }

    private long count(String query) throws SQLException {
        Long count = sql.queryLong(query);
        return count == null ? 0 : count;
    }
}
