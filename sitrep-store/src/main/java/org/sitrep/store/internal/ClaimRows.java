package org.sitrep.store.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.Claim;
import org.sitrep.core.Figure;
import org.sitrep.core.Place;
import org.sitrep.core.Source;
import org.sitrep.core.Span;
import org.sitrep.core.TimeRef;
import org.sitrep.store.ClaimIds;

/**
 * Writes an article's claims (cues and mentions in columns of their own row) and their sources: shared rows, cached
 * by key.
 */
final class ClaimRows {
    private static final String INSERT_CLAIM = "INSERT INTO claims (claim_id, article_id, ordinal, type, measure, "
            + "subject_text, subject_country, subject_role, subject_start, subject_end, value_text, value_low, "
            + "value_high, value_approx, value_start, value_end, certainty, place_name, place_text, place_country, "
            + "place_lat, place_lon, place_precision, place_start, place_end, time_text, time_start, time_end, "
            + "time_precision, time_span_start, time_span_end, cues, mentions, explain, date, current) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final Sql sql;
    private final Map<String, Long> sourceIds = new HashMap<>();
    private final Set<String> sourceTexts = new HashSet<>();

    ClaimRows(Sql sql) {
        this.sql = sql;
    }

    /** Inserts the claims of the article with row id {@code articleId}; returns how many. */
    int insert(long articleId, String contentHash, LocalDate published, List<Claim> claims, boolean current)
            throws SQLException {
        List<String> ids = ClaimIds.of(contentHash, claims);
        for (int i = 0; i < claims.size(); i++) {
            Figure figure = (Figure) claims.get(i);
            long claimRow = sql.insert(INSERT_CLAIM, row(ids.get(i), articleId, i + 1, figure, published, current));
            insertSources(claimRow, figure.sources());
        }
        return claims.size();
    }

    /** Forgets cached source ids: after a rollback they may name rows that no longer exist. */
    void forgetCache() {
        sourceIds.clear();
        sourceTexts.clear();
    }

    private static Object[] row(String id, long articleId, int ordinal, Figure f, LocalDate published,
            boolean current) {
        Place p = f.place();
        TimeRef t = f.time();
        LocalDate date = t != null ? t.end() : published;
        return new Object[] {id, articleId, ordinal, f.type(), f.measure().wireName(),
            f.subject().text(), upper(f.subject().country()), f.subject().role().wireName(),
            start(f.subject().span()), end(f.subject().span()),
            f.value().text(), f.value().low(), f.value().high(), f.value().approx(),
            start(f.value().span()), end(f.value().span()), f.certainty().wireName(),
            p == null ? null : p.name(), p == null ? null : p.text(), p == null ? null : upper(p.country()),
            p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.precision().wireName(),
            p == null ? null : start(p.span()), p == null ? null : end(p.span()),
            t == null ? null : t.text(), t == null ? null : t.start().toString(),
            t == null ? null : t.end().toString(), t == null ? null : t.precision().wireName(),
            t == null ? null : start(t.span()), t == null ? null : end(t.span()),
            ClaimParts.cues(f.cues()), ClaimParts.mentions(f.mentions()), FlatJson.write(f.explain()),
            date == null ? null : date.toString(), current};
    }

    private void insertSources(long claimRow, List<Source> sources) throws SQLException {
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            long sourceId = sourceId(source);
            if (source.text() != null && sourceTexts.add(sourceId + "|" + source.text())) {
                sql.update("INSERT OR IGNORE INTO source_texts (source_id, text) VALUES (?, ?)", sourceId,
                        source.text());
            }
            sql.update("INSERT INTO claim_sources (claim_id, position, source_id, text, span_start, span_end) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", claimRow, i, sourceId, source.text(), start(source.span()),
                    end(source.span()));
        }
    }

    private long sourceId(Source source) throws SQLException {
        String country = upper(source.country());
        String key = source.name().toLowerCase(Locale.ROOT) + "|" + source.kind().wireName() + "|"
                + (country == null ? "" : country);
        Long id = sourceIds.get(key);
        if (id == null) {
            id = sql.queryLong("SELECT id FROM sources WHERE key = ?", key);
            if (id == null) {
                id = sql.insert("INSERT INTO sources (key, name, kind, country) VALUES (?, ?, ?, ?)", key,
                        source.name(), source.kind().wireName(), country);
            }
            sourceIds.put(key, id);
        }
        return id;
    }

    private static Integer start(Span span) {
        return span == null ? null : span.start();
    }

    private static Integer end(Span span) {
        return span == null ? null : span.end();
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
