package org.sitrep.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.sitrep.core.Measure;
import org.sitrep.store.ClaimQuery;

/**
 * A {@link ClaimQuery} as SQL: the FROM and WHERE clauses over {@code claims c} and their parameters, with a plan.
 * Measure, country, role and dates are plain comparisons that the partial indexes (all on {@code current = 1},
 * ordered by date and id: by date, by measure, by country and measure) serve, so a page stops after 50 rows; a
 * country alone reads each of its measures' ranges and takes the page from those, a role is checked on the rows an
 * index range meets. The source and text filters can match few claims
 * or very many, so they are counted first (up to a small bound): a rare one drives the query (its claims are found
 * through {@code claim_sources(source_id)} or the FTS5 index and sorted), a common one is only tested on the rows
 * the date-ordered scan meets (a source through each claim's own chain; a text through the matching articles
 * collected once, or for a very common text through the index row by row; the unary {@code +} keeps the planner
 * from driving from them) until the page is full.
 */
record ClaimFilter(String from, String where, List<Object> parameters, boolean empty) {
    /** At most this many matching source links, and the source filter drives the query. */
    static final int RARE_SOURCE_LINKS = 3_000;
    /** At most this many matching articles, and the text filter drives the query. */
    static final int RARE_ARTICLES = 300;
    /** Over this many matching articles, the text is checked row by row instead of collecting its articles. */
    static final int COMMON_ARTICLES = 20_000;

    static ClaimFilter plan(Sql sql, ClaimQuery query) throws SQLException {
        List<Object> fromParameters = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("c.current = 1");
        String from = "claims c";
        String sources = query.source() == null ? null : sourceIds(sql, query.source());
        if (sources != null && sources.isEmpty()) {
            return new ClaimFilter(from, where.toString(), List.of(), true);
        }
        String fts = query.text() == null ? null : ftsQuery(query.text());
        long articles = fts == null ? 0 : count(sql, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?",
                COMMON_ARTICLES, List.of(fts));
        if (sources != null && count(sql, "SELECT 1 FROM claim_sources WHERE source_id IN (" + sources + ")",
                RARE_SOURCE_LINKS, List.of()) <= RARE_SOURCE_LINKS) {
            from = "(SELECT DISTINCT claim_id AS id FROM claim_sources WHERE source_id IN (" + sources
                    + ")) m CROSS JOIN claims c ON c.id = m.id";
            sources = null;
        } else if (fts != null && articles <= RARE_ARTICLES) {
            from = "(SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?) m "
                    + "CROSS JOIN claims c ON c.article_id = m.id";
            fromParameters.add(fts);
            fts = null;
        }
        if (sources != null) {
            where.append(" AND EXISTS (SELECT 1 FROM claim_sources cs WHERE cs.claim_id = c.id AND +cs.source_id IN (")
                    .append(sources).append("))");
        }
        if (fts != null) {
            where.append(articles > COMMON_ARTICLES
                    ? " AND EXISTS (SELECT 1 FROM articles_fts f WHERE articles_fts MATCH ? AND f.rowid = c.article_id)"
                    : " AND +c.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
            parameters.add(fts);
        }
        plain(query, where, parameters);
        if (from.equals("claims c") && query.country() != null && query.measure() == null) {
            from = eachMeasure(where.toString(), parameters, query, fromParameters);
        }
        fromParameters.addAll(parameters);
        return new ClaimFilter(from, where.toString(), List.copyOf(fromParameters), false);
    }

    /**
     * A country without a measure: no index orders a country's claims by date alone, so each measure's range of
     * {@code claims_by_country_measure} gives its newest {@code offset + limit} (ids and dates from the index alone),
     * the newest of those are kept, and only they are read in full.
     */
    private static String eachMeasure(String where, List<Object> parameters, ClaimQuery query,
            List<Object> fromParameters) {
        long enough = query.limit() > 0 ? (long) query.offset() + query.limit() : -1;
        StringJoiner union = new StringJoiner(" UNION ALL ", "(SELECT id FROM (",
                ") ORDER BY date DESC, id DESC LIMIT ?) m CROSS JOIN claims c ON c.id = m.id");
        for (Measure measure : Measure.values()) {
            union.add("SELECT * FROM (SELECT c.id, c.date FROM claims c WHERE " + where + " AND c.measure = '"
                    + measure.wireName() + "' ORDER BY c.date DESC, c.id DESC LIMIT ?)");
            fromParameters.addAll(parameters);
            fromParameters.add(enough);
        }
        fromParameters.add(enough);
        return union.toString();
    }

    private static void plain(ClaimQuery query, StringBuilder where, List<Object> parameters) {
        if (query.measure() != null) {
            where.append(" AND c.measure = ?");
            parameters.add(query.measure().wireName());
        }
        if (query.country() != null) {
            where.append(" AND c.subject_country = ?");
            parameters.add(query.country().toUpperCase(Locale.ROOT));
        }
        if (query.role() != null) {
            where.append(" AND c.subject_role = ?");
            parameters.add(query.role().wireName());
        }
        if (query.since() != null) {
            where.append(" AND c.date >= ?");
            parameters.add(query.since().toString());
        }
        if (query.until() != null) {
            where.append(" AND c.date <= ?");
            parameters.add(query.until().toString());
        }
    }

    /** The ids of the sources whose name or wording contains {@code words}, as an SQL list; empty for none. */
    private static String sourceIds(Sql sql, String words) throws SQLException {
        String pattern = "%" + escapeLike(words) + "%";
        StringJoiner ids = new StringJoiner(",");
        try (ResultSet rows = sql.bind("SELECT id FROM sources WHERE name LIKE ? ESCAPE '\\' "
                + "UNION SELECT source_id FROM source_texts WHERE text LIKE ? ESCAPE '\\'", pattern, pattern)
                .executeQuery()) {
            while (rows.next()) {
                ids.add(Long.toString(rows.getLong(1)));
            }
        }
        return ids.toString();
    }

    /** How many rows {@code select} gives, counting no further than {@code bound + 1}. */
    private static long count(Sql sql, String select, int bound, List<Object> parameters) throws SQLException {
        Long count = sql.queryLong("SELECT count(*) FROM (" + select + " LIMIT " + (bound + 1) + ")",
                parameters.toArray());
        return count == null ? 0 : count;
    }

    /** Each whitespace-separated word becomes a quoted FTS5 phrase; all must match. */
    static String ftsQuery(String text) {
        List<String> phrases = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            phrases.add('"' + word.replace("\"", "\"\"") + '"');
        }
        return String.join(" ", phrases);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
