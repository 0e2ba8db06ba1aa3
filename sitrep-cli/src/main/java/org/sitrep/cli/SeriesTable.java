package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.series.ConsistencyCheck;
import org.sitrep.series.Conflict;
import org.sitrep.series.Estimate;
import org.sitrep.series.Revision;
import org.sitrep.series.Series;
import org.sitrep.series.SeriesEntry;

/**
 * Series as aligned tables for people: a row per series, or one series section by section. Long cells end in "…",
 * except in the last column (a conflict's reason, an estimate's claims), which is never cut.
 */
final class SeriesTable {
    private static final int MAX_WIDTH = 60;
    private static final int SHOWN_ARTICLES = 3;
    private static final String[] LIST_HEADER = {"KEY", "CLAIMS", "FIRST", "LAST", "LOW", "BEST", "HIGH",
        "REVISIONS", "CONFLICTS"};

    private SeriesTable() {
    }

    /** A row per series with its latest estimate, or "(no series)"; each line ends with a newline. */
    static String list(List<Series> all) {
        if (all.isEmpty()) {
            return "(no series)\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(LIST_HEADER);
        for (Series series : all) {
            Estimate latest = series.latestEstimate().orElse(null);
            rows.add(new String[] {series.key(), String.valueOf(series.claims().size()),
                text(series.firstDate().orElse(null)), text(series.lastDate().orElse(null)),
                latest == null ? "" : String.valueOf(latest.low()), latest == null ? "" : String.valueOf(latest.best()),
                latest == null ? "" : latest.high() + (latest.highOpen() ? "+" : ""),
                String.valueOf(series.revisions().size()), String.valueOf(series.conflicts().size())});
        }
        return aligned(rows);
    }

    /** One series: its title, the series beside it, then timeline, revisions, conflicts, checks and estimates. */
    static String detail(Series series) {
        StringBuilder text = new StringBuilder("== ").append(series.key()).append("  ").append(series.title())
                .append('\n');
        if (!series.related().isEmpty()) {
            text.append("beside: ").append(String.join(", ", series.related())).append('\n');
        }
        List<String[]> timeline = new ArrayList<>();
        timeline.add(new String[] {"DATE", "CLAIM", "VALUE", "SOURCES", "CERTAINTY", "ARTICLES"});
        for (SeriesEntry entry : series.claims()) {
            timeline.add(new String[] {text(entry.date()), entry.claimId(), value(entry),
                String.join(" ← ", entry.sources()), entry.certainty().wireName(),
                articles(entry.articles())});
        }
        section(text, "Timeline", timeline);
        List<String[]> revisions = new ArrayList<>();
        revisions.add(new String[] {"FROM", "TO", "SOURCE"});
        for (Revision revision : series.revisions()) {
            revisions.add(new String[] {revision.from(), revision.to(), revision.source()});
        }
        section(text, "Revisions", revisions);
        List<String[]> conflicts = new ArrayList<>();
        conflicts.add(new String[] {"CLAIMS", "REASON"});
        for (Conflict conflict : series.conflicts()) {
            conflicts.add(new String[] {String.join(" ", conflict.claims()), conflict.reason()});
        }
        section(text, "Conflicts", conflicts);
        if (!series.checks().isEmpty()) {
            List<String[]> checks = new ArrayList<>();
            checks.add(new String[] {"HOLDS", "CLAIMS", "CHECK"});
            for (ConsistencyCheck check : series.checks()) {
                checks.add(new String[] {check.holds() ? "yes" : "NO", String.join(" ", check.claims()),
                    check.reason()});
            }
            section(text, "Checks", checks);
        }
        List<String[]> estimates = new ArrayList<>();
        estimates.add(new String[] {"DATE", "LOW", "BEST", "HIGH", "NOTES", "CLAIMS"});
        for (Estimate estimate : series.estimates()) {
            estimates.add(new String[] {estimate.date().toString(), String.valueOf(estimate.low()),
                String.valueOf(estimate.best()), estimate.high() + (estimate.highOpen() ? "+" : ""), notes(estimate),
                String.join(" ", estimate.claims())});
        }
        section(text, "Estimates", estimates);
        return text.toString();
    }

    private static void section(StringBuilder text, String name, List<String[]> rows) {
        text.append('\n').append(name).append('\n');
        text.append(rows.size() == 1 ? "(none)\n" : aligned(rows));
    }

    private static String value(SeriesEntry entry) {
        String words = entry.value().describe();
        boolean exact = entry.value().low() != null && entry.value().low().equals(entry.value().high());
        return entry.value().approx() && !exact ? words + " ~" : words;
    }

    /** The first few article ids and how many more: "a1 a2 a3 (+55 more)". */
    private static String articles(List<String> ids) {
        if (ids.size() <= SHOWN_ARTICLES) {
            return String.join(" ", ids);
        }
        return String.join(" ", ids.subList(0, SHOWN_ARTICLES)) + " (+" + (ids.size() - SHOWN_ARTICLES) + " more)";
    }

    private static String notes(Estimate estimate) {
        List<String> notes = new ArrayList<>();
        if (estimate.disputed()) {
            notes.add("disputed");
        }
        if (estimate.hedged()) {
            notes.add("hedged");
        }
        if (estimate.highOpen()) {
            notes.add("open");
        }
        return String.join(",", notes);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String aligned(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        List<String[]> cut = new ArrayList<>();
        for (String[] row : rows) {
            String[] cells = new String[row.length];
            for (int i = 0; i < row.length; i++) {
                cells[i] = i == row.length - 1 ? row[i] : TableFormatter.truncate(row[i], MAX_WIDTH);
                widths[i] = Math.max(widths[i], cells[i].length());
            }
            cut.add(cells);
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : cut) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]).append(i < row.length - 1 ? " ".repeat(widths[i] - row[i].length() + 2) : "");
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }
}
