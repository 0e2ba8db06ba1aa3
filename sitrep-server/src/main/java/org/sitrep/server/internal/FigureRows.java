package org.sitrep.server.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Certainty;
import org.sitrep.core.Cue;
import org.sitrep.core.CueKind;
import org.sitrep.core.Figure;
import org.sitrep.core.Measure;
import org.sitrep.core.Place;
import org.sitrep.core.Precision;
import org.sitrep.core.Role;
import org.sitrep.core.Source;
import org.sitrep.core.SourceKind;
import org.sitrep.core.Span;
import org.sitrep.core.Subject;
import org.sitrep.core.TimeRef;
import org.sitrep.core.Value;

/** Reads stored claims back as {@link Figure}s with every field, for the claims of one article or of one source. */
final class FigureRows {
    private static final String COLUMNS = "c.id, c.claim_id, c.measure, c.subject_text, c.subject_country, "
            + "c.subject_role, c.subject_start, c.subject_end, c.value_text, c.value_low, c.value_high, "
            + "c.value_approx, c.value_start, c.value_end, c.certainty, c.place_name, c.place_text, c.place_country, "
            + "c.place_lat, c.place_lon, c.place_precision, c.place_start, c.place_end, c.time_text, c.time_start, "
            + "c.time_end, c.time_precision, c.time_span_start, c.time_span_end, c.explain, c.article_id, c.date";

    private FigureRows() {
    }

    /** A stored figure with the row id of its article and the date it holds for. */
    record Row(long rowId, long articleId, LocalDate date, Figure figure) {
    }

    /** The current claims whose rows match {@code where} over {@code claims c}, in {@code order}. */
    static List<Row> read(StoreView view, String where, String order, Object... parameters) throws SQLException {
        List<Row> bare = view.list("SELECT " + COLUMNS + " FROM claims c WHERE " + where + " ORDER BY " + order,
                FigureRows::row, parameters);
        if (bare.isEmpty()) {
            return bare;
        }
        StringBuilder ids = new StringBuilder();
        for (Row row : bare) {
            ids.append(ids.length() == 0 ? "" : ",").append(row.rowId());
        }
        Map<Long, List<Source>> sources = new HashMap<>();
        for (Object[] r : view.list("SELECT cs.claim_id, cs.text, s.name, s.kind, s.country, cs.span_start, "
                + "cs.span_end FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id IN ("
                + ids + ") ORDER BY cs.claim_id, cs.position", r -> new Object[] {r.getLong(1), new Source(
                        r.getString(2), r.getString(3), SourceKind.fromWire(r.getString(4)), r.getString(5),
                        span(r, 6))})) {
            sources.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Source) r[1]);
        }
        Map<Long, List<Cue>> cues = new HashMap<>();
        for (Object[] r : view.list("SELECT claim_id, text, kind, span_start, span_end FROM cues WHERE claim_id IN ("
                + ids + ") ORDER BY claim_id, position", r -> new Object[] {r.getLong(1),
                        new Cue(r.getString(2), CueKind.fromWire(r.getString(3)), span(r, 4))})) {
            cues.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Cue) r[1]);
        }
        Map<Long, List<Span>> mentions = new HashMap<>();
        for (Object[] r : view.list("SELECT claim_id, span_start, span_end FROM mentions WHERE claim_id IN (" + ids
                + ") ORDER BY claim_id, position", r -> new Object[] {r.getLong(1), span(r, 2)})) {
            mentions.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Span) r[1]);
        }
        List<Row> rows = new ArrayList<>(bare.size());
        for (Row row : bare) {
            Figure f = row.figure();
            rows.add(new Row(row.rowId(), row.articleId(), row.date(), new Figure(f.id(), f.measure(), f.subject(),
                    f.value(), sources.getOrDefault(row.rowId(), List.of()), f.certainty(),
                    cues.getOrDefault(row.rowId(), List.of()), f.place(), f.time(),
                    mentions.getOrDefault(row.rowId(), List.of()), f.explain())));
        }
        return rows;
    }

    private static Row row(ResultSet r) throws SQLException {
        Subject subject = new Subject(r.getString(4), r.getString(5), Role.fromWire(r.getString(6)), span(r, 7));
        Value value = new Value(r.getString(9), longOrNull(r, 10), longOrNull(r, 11), r.getInt(12) == 1,
                span(r, 13));
        Place place = r.getString(16) == null ? null : new Place(r.getString(16), r.getString(17), r.getString(18),
                doubleOrNull(r, 19), doubleOrNull(r, 20), Precision.fromWire(r.getString(21)), span(r, 22));
        TimeRef time = r.getString(25) == null ? null : new TimeRef(r.getString(24), LocalDate.parse(r.getString(25)),
                LocalDate.parse(r.getString(26)), Precision.fromWire(r.getString(27)), span(r, 28));
        Figure figure = new Figure(r.getString(2), Measure.fromWire(r.getString(3)), subject, value, List.of(),
                Certainty.fromWire(r.getString(15)), List.of(), place, time, List.of(), explain(r.getString(30)));
        String date = r.getString(32);
        return new Row(r.getLong(1), r.getLong(31), date == null ? null : LocalDate.parse(date), figure);
    }

    /** The stored explain map: a flat JSON object of strings, as the store writes it. */
    private static Map<String, String> explain(String json) {
        Map<String, String> map = new LinkedHashMap<>();
        if (json == null) {
            return map;
        }
        try {
            Json.MAPPER.readTree(json).fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        } catch (java.io.IOException e) {
            // an unreadable explain map is shown as none
        }
        return map;
    }

    private static Span span(ResultSet r, int column) throws SQLException {
        int start = r.getInt(column);
        return r.wasNull() ? null : new Span(start, r.getInt(column + 1));
    }

    private static Long longOrNull(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private static Double doubleOrNull(ResultSet r, int column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? null : value;
    }
}
