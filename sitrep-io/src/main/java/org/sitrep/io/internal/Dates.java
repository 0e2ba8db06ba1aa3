package org.sitrep.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as inputs write them: an ISO date, the date part of an ISO date-time, or a basic {@code 20241104}. */
final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
    private static final Pattern BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?");

    private Dates() {
    }

    /** The date, or null when {@code value} is null or not a date. */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        Matcher m = ISO.matcher(trimmed);
        if (!m.matches()) {
            m = BASIC.matcher(trimmed);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
