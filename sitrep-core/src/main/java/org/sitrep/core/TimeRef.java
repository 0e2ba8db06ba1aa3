package org.sitrep.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a figure happened or the date it holds as of, resolved to a date range.
 *
 * @param precision {@link Precision#DAY}, {@link Precision#MONTH} or {@link Precision#YEAR}
 */
public record TimeRef(String text, LocalDate start, LocalDate end, Precision precision, Span span) {
    public TimeRef {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
    }
}
