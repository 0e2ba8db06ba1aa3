package org.sitrep.store;

import java.time.LocalDate;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;

/**
 * A filter over the current claims, newest first (by the date a figure holds for, then by id), one page at a time.
 * Every filter is optional (null); given filters must all hold.
 *
 * @param country the subject's ISO 3166-1 alpha-2 code, any case
 * @param source words in the name of any source of the chain, or in the words that named it, any case
 * @param since the first date included, compared with the figure's date ({@code time.end}, else the article's date)
 * @param until the last date included
 * @param text words that must all occur in the article's title or text (full-text search; each word as a phrase)
 * @param limit the page size; 0 for no limit
 * @param offset how many matching claims to skip
 */
public record ClaimQuery(Measure measure, String country, Role role, String source, LocalDate since,
        LocalDate until, String text, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;

    public ClaimQuery {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
        country = blankToNull(country);
        source = blankToNull(source);
        text = blankToNull(text);
    }

    /** No filter, the first page of 50. */
    public static ClaimQuery defaults() {
        return new ClaimQuery(null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    /** Every current claim. */
    public static ClaimQuery all() {
        return defaults().withLimit(0);
    }

    public ClaimQuery withMeasure(Measure value) {
        return new ClaimQuery(value, country, role, source, since, until, text, limit, offset);
    }

    public ClaimQuery withCountry(String value) {
        return new ClaimQuery(measure, value, role, source, since, until, text, limit, offset);
    }

    public ClaimQuery withRole(Role value) {
        return new ClaimQuery(measure, country, value, source, since, until, text, limit, offset);
    }

    public ClaimQuery withSource(String value) {
        return new ClaimQuery(measure, country, role, value, since, until, text, limit, offset);
    }

    public ClaimQuery withSince(LocalDate value) {
        return new ClaimQuery(measure, country, role, source, value, until, text, limit, offset);
    }

    public ClaimQuery withUntil(LocalDate value) {
        return new ClaimQuery(measure, country, role, source, since, value, text, limit, offset);
    }

    public ClaimQuery withText(String value) {
        return new ClaimQuery(measure, country, role, source, since, until, value, limit, offset);
    }

    public ClaimQuery withLimit(int value) {
        return new ClaimQuery(measure, country, role, source, since, until, text, value, offset);
    }

    public ClaimQuery withOffset(int value) {
        return new ClaimQuery(measure, country, role, source, since, until, text, limit, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
