package org.sitrep.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.Csv;
import org.sitrep.core.Precision;

/**
 * Estimates as CSV, one row per series and date, with columns named after UCDP GED's where they mean the same
 * ({@code year}, {@code country}, {@code adm_1}, {@code where_description}, {@code where_prec}, {@code date_start},
 * {@code date_end}, {@code date_prec}, {@code low}, {@code best}, {@code high}, {@code number_of_sources},
 * {@code source_original}, {@code source_office}, {@code source_article}); {@code docs/series.md} documents each
 * column. RFC 4180 quoting; an empty field for a null; lists joined by {@value #LIST_SEPARATOR}.
 */
public final class EstimatesCsv {
    public static final List<String> COLUMNS = List.of("id", "series", "year", "measure", "subject_country",
            "subject_role", "country", "adm_1", "where_description", "where_prec", "date_start", "date_end",
            "date_prec", "low", "best", "high", "high_open", "disputed", "hedged", "number_of_sources",
            "source_original", "source_office", "source_article", "claims");
    public static final String HEADER = String.join(",", COLUMNS);
    public static final String LIST_SEPARATOR = "; ";
    /** UCDP's {@code date_prec} for a date known to the day. */
    private static final int DAY = 1;

    private EstimatesCsv() {
    }

    /** The rows of one series, one per estimate, each without a line break. */
    public static List<String> rows(Series series) {
        Map<String, SeriesEntry> byId = new HashMap<>();
        series.claims().forEach(entry -> byId.put(entry.claimId(), entry));
        List<String> rows = new ArrayList<>(series.estimates().size());
        Theatre place = series.place();
        for (Estimate estimate : series.estimates()) {
            List<SeriesEntry> used = estimate.claims().stream().map(byId::get).toList();
            Set<String> origins = new LinkedHashSet<>();
            used.forEach(entry -> origins.add(entry.origin() == null ? "unattributed" : entry.origin()));
            List<Object> fields = new ArrayList<>(COLUMNS.size());
            fields.add(series.key() + "@" + estimate.date());
            fields.add(series.key());
            fields.add(estimate.date().getYear());
            fields.add(series.measure().wireName());
            fields.add(series.country());
            fields.add(series.role().wireName());
            fields.add(place == null ? null : place.country());
            fields.add(place != null && place.precision() == Precision.REGION ? place.name() : null);
            fields.add(place == null ? null : place.name());
            fields.add(place == null ? null : wherePrecision(place.precision()));
            fields.add(estimate.date());
            fields.add(estimate.date());
            fields.add(DAY);
            fields.add(estimate.low());
            fields.add(estimate.best());
            fields.add(estimate.high());
            fields.add(estimate.highOpen());
            fields.add(estimate.disputed());
            fields.add(estimate.hedged());
            fields.add(origins.size());
            fields.add(String.join(LIST_SEPARATOR, origins));
            fields.add(joined(used.stream().flatMap(entry -> entry.outlets().stream()).toList()));
            fields.add(joined(used.stream().flatMap(entry -> entry.articles().stream()).toList()));
            fields.add(String.join(LIST_SEPARATOR, estimate.claims()));
            rows.add(Csv.row(fields));
        }
        return rows;
    }

    /** UCDP GED's {@code where_prec}: 4 a first-level region, 5 a part of a country larger than it, 6 a country. */
    static int wherePrecision(Precision precision) {
        return switch (precision) {
            case REGION -> 4;
            case AREA -> 5;
            default -> 6;
        };
    }

    private static String joined(List<String> values) {
        return String.join(LIST_SEPARATOR, new LinkedHashSet<>(values));
    }
}
