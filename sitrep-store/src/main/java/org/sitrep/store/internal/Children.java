package org.sitrep.store.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Figure;
import org.sitrep.core.Source;
import org.sitrep.core.SourceKind;
import org.sitrep.store.StoredClaim;

/** Loads the sources of a batch of claims with one query and puts them into the figures. */
final class Children {
    private Children() {
    }

    static List<StoredClaim> attach(Sql sql, List<ClaimReader.Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids = ids(rows);
        Map<Long, List<Source>> sources = new HashMap<>();
        sql.forEachRow("SELECT cs.claim_id, cs.text, s.name, s.kind, s.country, cs.span_start, cs.span_end "
                + "FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id IN (" + ids + ") "
                + "ORDER BY cs.claim_id, cs.position",
                r -> sources.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new Source(r.getString(2), r.getString(3), SourceKind.fromWire(r.getString(4)),
                                r.getString(5), ClaimReader.span(r, 6))));
        List<StoredClaim> claims = new ArrayList<>(rows.size());
        for (ClaimReader.Row row : rows) {
            claims.add(complete(row, sources));
        }
        return claims;
    }

    private static StoredClaim complete(ClaimReader.Row row, Map<Long, List<Source>> sources) {
        Figure f = row.claim().figure();
        Figure full = new Figure(f.id(), f.measure(), f.subject(), f.value(),
                sources.getOrDefault(row.rowId(), List.of()), f.certainty(), f.cues(), f.place(), f.time(),
                f.mentions(), f.explain());
        return new StoredClaim(row.claim().article(), row.claim().date(), full);
    }

    /** The row ids as an SQL list; they are longs from the database, so inlining them is safe. */
    private static String ids(List<ClaimReader.Row> rows) {
        StringBuilder ids = new StringBuilder();
        for (ClaimReader.Row row : rows) {
            if (ids.length() > 0) {
                ids.append(',');
            }
            ids.append(row.rowId());
        }
        return ids.toString();
    }
}
