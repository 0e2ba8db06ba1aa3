package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.core.Csv;
import org.sitrep.core.Figure;
import org.sitrep.core.Place;
import org.sitrep.core.Source;
import org.sitrep.core.TimeRef;

/**
 * Claims as CSV (RFC 4180: comma-separated, fields holding a comma, a quote or a line break quoted, quotes doubled,
 * an empty field for a null), one row per claim under the {@link #HEADER}. The columns are documented in the README.
 */
public final class ClaimCsv {
    /** The header line's columns, in order. */
    public static final List<String> COLUMNS = List.of("claim_id", "article_id", "date", "measure", "subject",
            "subject_country", "subject_role", "value", "low", "high", "approx", "certainty", "source",
            "source_kind", "source_chain", "place", "place_country", "place_precision", "lat", "lon", "time_start",
            "time_end", "published", "title", "url", "outlet");
    /** The header line, without a line break. */
    public static final String HEADER = String.join(",", COLUMNS);
    /** Separates the names of {@code source_chain}: each source cites the next. */
    public static final String CHAIN_SEPARATOR = " > ";

    private ClaimCsv() {
    }

    /** One row, without a line break. */
    public static String row(StoredClaim claim) {
        Figure f = claim.figure();
        Place p = f.place();
        TimeRef t = f.time();
        Source first = f.sources().isEmpty() ? null : f.sources().get(0);
        List<Object> fields = new ArrayList<>(COLUMNS.size());
        fields.addAll(List.of(f.id(), claim.article().id()));
        fields.add(claim.date());
        fields.add(f.measure().wireName());
        fields.add(f.subject().text());
        fields.add(f.subject().country());
        fields.add(f.subject().role().wireName());
        fields.add(f.value().text());
        fields.add(f.value().low());
        fields.add(f.value().high());
        fields.add(f.value().approx());
        fields.add(f.certainty().wireName());
        fields.add(first == null ? null : first.name());
        fields.add(first == null ? null : first.kind().wireName());
        fields.add(f.sources().stream().map(Source::name).collect(Collectors.joining(CHAIN_SEPARATOR)));
        fields.add(p == null ? null : p.name());
        fields.add(p == null ? null : p.country());
        fields.add(p == null ? null : p.precision().wireName());
        fields.add(p == null ? null : p.lat());
        fields.add(p == null ? null : p.lon());
        fields.add(t == null ? null : t.start());
        fields.add(t == null ? null : t.end());
        fields.add(claim.article().published());
        fields.add(claim.article().title());
        fields.add(claim.article().url());
        fields.add(claim.article().outlet());
        return Csv.row(fields);
    }
}
