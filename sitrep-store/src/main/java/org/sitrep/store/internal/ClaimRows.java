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
 * by key. Claims go either straight into {@code claims} and {@code claim_sources} or into their staging tables, to
 * be moved in a batch by {@link Backlog}; either way they get their row id here, above every id in both tables, so
 * a staged claim keeps its id when it moves. The highest id is read again whenever another connection has written
 * to the file, so two processes storing into one file (an ingest beside a server) never hand out the same id.
 */
final class ClaimRows {
    /** The columns of {@code claims} and {@code claims_staging} but {@code current}. */
    static final String CLAIM_COLUMNS = "id, claim_id, article_id, ordinal, type, measure, subject_text, "
            + "subject_country, subject_role, subject_start, subject_end, value_text, value_low, value_high, "
            + "value_approx, value_start, value_end, certainty, place_name, place_text, place_country, place_lat, "
            + "place_lon, place_precision, place_start, place_end, time_text, time_start, time_end, time_precision, "
            + "time_span_start, time_span_end, cues, mentions, explain, date";
    /** The columns of {@code claim_sources} and {@code claim_sources_staging}. */
    static final String SOURCE_COLUMNS = "claim_id, position, source_id, text, span_start, span_end";
    private static final String CLAIM_ROW = "(" + CLAIM_COLUMNS + ", current) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String SOURCE_ROW = " (" + SOURCE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CLAIM = "INSERT INTO claims " + CLAIM_ROW;
    private static final String STAGE_CLAIM = "INSERT INTO claims_staging " + CLAIM_ROW;
    private static final String INSERT_SOURCE = "INSERT INTO claim_sources" + SOURCE_ROW;
    private static final String STAGE_SOURCE = "INSERT INTO claim_sources_staging" + SOURCE_ROW;

    private final Sql sql;
    private final Map<String, Long> sourceIds = new HashMap<>();
    private final Set<String> sourceTexts = new HashSet<>();
    /** The last claim row id given, 0 until read from the file. */
    private long lastId;
    /** SQLite's data_version when {@link #lastId} was read: it changes when another connection commits. */
    private long dataVersion = -1;

    ClaimRows(Sql sql) {
        this.sql = sql;
    }

    /**
     * Writes the claims of the article with row id {@code articleId}, into the staging tables with {@code staged};
     * returns how many.
     */
    int insert(long articleId, String contentHash, LocalDate published, List<Claim> claims, boolean current,
            boolean staged) throws SQLException {
        Long version = sql.queryLong("PRAGMA data_version");
        if (version == null || version != dataVersion) {
            lastId = 0; // another process may have stored claims since: read the highest id again
            dataVersion = version == null ? -1 : version;
        }
        List<String> ids = ClaimIds.of(contentHash, claims);
        for (int i = 0; i < claims.size(); i++) {
            Figure figure = (Figure) claims.get(i);
            long claimRow = nextId();
            sql.update(staged ? STAGE_CLAIM : INSERT_CLAIM,
                    row(claimRow, ids.get(i), articleId, i + 1, figure, published, current));
            insertSources(claimRow, figure.sources(), staged);
        }
        return claims.size();
    }

    /** Forgets cached source ids and the last claim id: after a rollback they may name rows that do not exist. */
    void forgetCache() {
        sourceIds.clear();
        sourceTexts.clear();
        lastId = 0;
    }

    private long nextId() throws SQLException {
        if (lastId == 0) {
            Long last = sql.queryLong("SELECT max(id) FROM (SELECT max(id) AS id FROM claims "
                    + "UNION ALL SELECT max(id) FROM claims_staging)");
            lastId = last == null ? 0 : last;
        }
        return ++lastId;
    }

    private static Object[] row(long rowId, String id, long articleId, int ordinal, Figure f, LocalDate published,
            boolean current) {
        Place p = f.place();
        TimeRef t = f.time();
        LocalDate date = t != null ? t.end() : published;
        return new Object[] {rowId, id, articleId, ordinal, f.type(), f.measure().wireName(),
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

    private void insertSources(long claimRow, List<Source> sources, boolean staged) throws SQLException {
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            long sourceId = sourceId(source);
            if (source.text() != null && sourceTexts.add(sourceId + "|" + source.text())) {
                sql.update("INSERT OR IGNORE INTO source_texts (source_id, text) VALUES (?, ?)", sourceId,
                        source.text());
            }
            sql.update(staged ? STAGE_SOURCE : INSERT_SOURCE, claimRow, i, sourceId, source.text(),
                    start(source.span()), end(source.span()));
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
