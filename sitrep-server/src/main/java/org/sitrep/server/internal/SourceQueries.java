package org.sitrep.server.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who is cited: sources with their claim counts, the words that named them, and the chains they appear in. */
final class SourceQueries {
    private static final String COUNTED = "SELECT s.id, s.name, s.kind, s.country, count(DISTINCT c.id), "
            + "count(DISTINCT c.article_id) FROM sources s JOIN claim_sources cs ON cs.source_id = s.id "
            + "JOIN claims c ON c.id = cs.claim_id AND c.current = 1 ";

    private SourceQueries() {
    }

    /** A source with how many current claims cite it anywhere in their chains, and in how many articles. */
    record Summary(long id, String name, String kind, String country, long claims, long articles) {
    }

    /** One link of a chain. */
    record Link(long id, String name, String kind) {
    }

    /** An attribution chain, nearest source first, and how many current claims carry it. */
    record Chain(List<Link> links, long claims) {
        Chain {
            links = List.copyOf(links);
        }
    }

    /** Sources by claim count (most cited first, then by id); {@code query} matches names and naming words. */
    static List<Summary> summaries(StoreView view, String query, int limit, int offset) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String where = "";
        if (query != null) {
            String pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where = "WHERE s.name LIKE ? ESCAPE '\\' OR s.id IN (SELECT source_id FROM source_texts "
                    + "WHERE text LIKE ? ESCAPE '\\') ";
            parameters.add(pattern);
            parameters.add(pattern);
        }
        parameters.add(limit);
        parameters.add(offset);
        return view.list(COUNTED + where + "GROUP BY s.id ORDER BY 5 DESC, s.id LIMIT ? OFFSET ?",
                SourceQueries::summary, parameters.toArray());
    }

    static Optional<Summary> one(StoreView view, long id) throws SQLException {
        List<Summary> found = view.list("SELECT s.id, s.name, s.kind, s.country, "
                + "(SELECT count(DISTINCT c.id) FROM claim_sources cs JOIN claims c ON c.id = cs.claim_id "
                + "AND c.current = 1 WHERE cs.source_id = s.id), (SELECT count(DISTINCT c.article_id) FROM "
                + "claim_sources cs JOIN claims c ON c.id = cs.claim_id AND c.current = 1 WHERE cs.source_id = s.id) "
                + "FROM sources s WHERE s.id = ?", SourceQueries::summary, id);
        return found.stream().findFirst();
    }

    static List<String> texts(StoreView view, long id) throws SQLException {
        return view.list("SELECT text FROM source_texts WHERE source_id = ? ORDER BY text", r -> r.getString(1), id);
    }

    /** Every distinct chain a current claim citing this source carries, the most frequent first. */
    static List<Chain> chains(StoreView view, long id) throws SQLException {
        Map<Long, List<Link>> byClaim = new LinkedHashMap<>();
        for (Object[] row : view.list("SELECT cs.claim_id, s.id, s.name, s.kind FROM claim_sources cs "
                + "JOIN sources s ON s.id = cs.source_id JOIN claims c ON c.id = cs.claim_id AND c.current = 1 "
                + "WHERE cs.claim_id IN (SELECT claim_id FROM claim_sources WHERE source_id = ?) "
                + "ORDER BY cs.claim_id, cs.position", r -> new Object[] {r.getLong(1),
                        new Link(r.getLong(2), r.getString(3), r.getString(4))}, id)) {
            byClaim.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Link) row[1]);
        }
        Map<List<Link>, Long> counts = new LinkedHashMap<>();
        byClaim.values().forEach(links -> counts.merge(links, 1L, Long::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<List<Link>, Long>comparingByValue().reversed())
                .map(e -> new Chain(e.getKey(), e.getValue())).toList();
    }

    private static Summary summary(java.sql.ResultSet r) throws SQLException {
        return new Summary(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5), r.getLong(6));
    }
}
