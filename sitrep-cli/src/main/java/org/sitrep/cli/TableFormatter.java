package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.core.Article;
import org.sitrep.core.Claim;
import org.sitrep.core.Extraction;
import org.sitrep.core.Figure;
import org.sitrep.core.Source;
import org.sitrep.core.Subject;
import org.sitrep.core.Value;

/**
 * The table format, for people: a heading line per article, then one row per claim with aligned columns
 * (measure, subject, value with bounds, source chain, certainty, place). Long cells end in "…".
 */
final class TableFormatter {
    private static final String[] HEADER = {"MEASURE", "SUBJECT", "VALUE", "SOURCES", "CERTAINTY", "PLACE"};
    private static final int[] MAX_WIDTH = {11, 40, 60, 60, 9, 28};
    private static final int MAX_VALUE_TEXT = 28;
    private static final String GAP = "  ";

    private TableFormatter() {
    }

    /** One article's block: its heading, a header and a row per claim (or "(no claims)"), and a blank line. */
    static String format(Extraction extraction) {
        StringBuilder block = new StringBuilder(heading(extraction.article())).append('\n');
        List<String[]> rows = new ArrayList<>();
        for (Claim claim : extraction.claims()) {
            if (claim instanceof Figure figure) {
                rows.add(row(figure));
            }
        }
        if (rows.isEmpty()) {
            block.append("(no claims)\n");
        } else {
            rows.add(0, HEADER);
            appendAligned(block, rows);
        }
        return block.append('\n').toString();
    }

    static String heading(Article article) {
        StringBuilder heading = new StringBuilder("== ").append(article.id());
        if (article.title() != null && !article.title().isBlank()) {
            heading.append(GAP).append(article.title().strip());
        }
        if (article.published() != null) {
            heading.append(GAP).append(article.published());
        }
        return heading.toString();
    }

    static String[] row(Figure figure) {
        return new String[] {
            figure.measure().wireName(),
            subject(figure.subject()),
            value(figure.value()),
            figure.sources().stream().map(Source::name).collect(Collectors.joining(" ← ")),
            figure.certainty().wireName(),
            figure.place() == null ? "" : figure.place().name()};
    }

    /** "North Korean soldiers [KP/military]". */
    static String subject(Subject subject) {
        String text = subject.text() == null ? "" : subject.text();
        String tag = subject.country() == null ? subject.role().wireName()
                : subject.country() + "/" + subject.role().wireName();
        return text.isEmpty() ? "[" + tag + "]" : text + " [" + tag + "]";
    }

    /** "Around 300 [300–300 ~]", "over 3,000 [3000– ]", "up to 500 [ –500]"; a long text is cut, never the bounds. */
    static String value(Value value) {
        String low = value.low() == null ? " " : value.low().toString();
        String high = value.high() == null ? " " : value.high().toString();
        String bounds = "[" + low + "–" + high + (value.approx() ? " ~" : "") + "]";
        return value.text() == null || value.text().isEmpty() ? bounds
                : truncate(value.text(), MAX_VALUE_TEXT) + " " + bounds;
    }

    /** {@code text} cut to {@code width} characters, its last one "…" when cut. */
    static String truncate(String text, int width) {
        String flat = text.replaceAll("\\s+", " ");
        if (flat.length() <= width) {
            return flat;
        }
        int cut = width - 1;
        if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--;
        }
        return flat.substring(0, cut) + "…";
    }

    private static void appendAligned(StringBuilder block, List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        List<String[]> cells = new ArrayList<>();
        for (String[] row : rows) {
            String[] cut = new String[row.length];
            for (int i = 0; i < row.length; i++) {
                cut[i] = truncate(row[i], MAX_WIDTH[i]);
                widths[i] = Math.max(widths[i], cut[i].length());
            }
            cells.add(cut);
        }
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length())).append(GAP);
                }
            }
            block.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
