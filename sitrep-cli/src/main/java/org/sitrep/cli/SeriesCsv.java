package org.sitrep.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.core.Csv;
import org.sitrep.series.Estimate;
import org.sitrep.series.Series;
import org.sitrep.series.SeriesEntry;
import org.sitrep.series.Theatre;

/**
 * Series as CSV (RFC 4180, an empty field for a null, lists joined by "; "): a row per series with its latest
 * estimate, or one series' timeline, a row per claim. The estimates themselves are {@code export --format
 * estimates-csv}.
 */
final class SeriesCsv {
    static final String LIST_HEADER = "key,title,measure,subject_country,subject_role,place,place_country,"
            + "place_precision,claims,first_date,last_date,revisions,conflicts,low,best,high,high_open";
    static final String TIMELINE_HEADER = "series,date,claim,low,high,approx,certainty,sources,articles";

    private SeriesCsv() {
    }

    static String listRow(Series series) {
        Theatre place = series.place();
        Estimate latest = series.latestEstimate().orElse(null);
        return row(series.key(), series.title(), series.measure().wireName(), series.country(),
                series.role().wireName(), place == null ? null : place.name(), place == null ? null : place.country(),
                place == null ? null : place.precision().wireName(), series.claims().size(),
                series.firstDate().orElse(null), series.lastDate().orElse(null), series.revisions().size(),
                series.conflicts().size(), latest == null ? null : latest.low(), latest == null ? null : latest.best(),
                latest == null ? null : latest.high(), latest == null ? null : latest.highOpen());
    }

    static List<String> timelineRows(Series series) {
        List<String> rows = new ArrayList<>();
        for (SeriesEntry entry : series.claims()) {
            rows.add(row(series.key(), entry.date(), entry.claimId(), entry.value().low(), entry.value().high(),
                    entry.value().approx(), entry.certainty().wireName(), String.join(" > ", entry.sources()),
                    String.join("; ", entry.articles())));
        }
        return rows;
    }

    private static String row(Object... fields) {
        return Csv.row(Arrays.asList(fields));
    }
}
