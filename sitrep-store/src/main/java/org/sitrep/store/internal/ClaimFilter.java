package org.sitrep.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.store.ClaimQuery;

/**
 * A {@link ClaimQuery} as SQL: the WHERE clause over {@code claims c} and its parameters. Each filter is a plain
 * comparison one of the partial indexes (all on {@code current = 1}, ordered by date and id) can serve; the source
 * filter goes through the small {@code sources} table, the text filter through the FTS5 index of the articles.
 */
record ClaimFilter(String where, List<Object> parameters) {
    static ClaimFilter of(ClaimQuery query) {
        StringBuilder where = new StringBuilder("c.current = 1");
        List<Object> parameters = new ArrayList<>();
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
        if (query.source() != null) {
            where.append(" AND c.id IN (SELECT cs.claim_id FROM claim_sources cs WHERE cs.source_id IN ("
                    + "SELECT id FROM sources WHERE name LIKE ? ESCAPE '\\' "
                    + "UNION SELECT source_id FROM source_texts WHERE text LIKE ? ESCAPE '\\'))");
            String pattern = "%" + escapeLike(query.source()) + "%";
            parameters.add(pattern);
            parameters.add(pattern);
        }
        if (query.text() != null) {
            where.append(" AND c.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
            parameters.add(ftsQuery(query.text()));
        }
        return new ClaimFilter(where.toString(), List.copyOf(parameters));
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
