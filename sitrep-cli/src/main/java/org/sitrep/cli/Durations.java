package org.sitrep.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Durations as options write them: a positive number and a unit, {@code ms}, {@code s}, {@code m} or {@code h}. */
final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

    private Durations() {
    }

    /** A duration of at least 1 ms. */
    static Duration parse(CommandLine commandLine, String option, String text) {
        Duration duration = parseOrZero(commandLine, option, text);
        if (duration.isZero()) {
            throw new ParameterException(commandLine, option + " must be at least 1ms, not '" + text + "'");
        }
        return duration;
    }

    /** A duration, zero allowed. */
    static Duration parseOrZero(CommandLine commandLine, String option, String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new ParameterException(commandLine, option + " takes a duration such as 500ms, 30s, 10m or 1h, "
                    + "not '" + text + "'");
        }
        double amount = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2)) {
            case "ms" -> amount;
            case "s" -> amount * 1e3;
            case "m" -> amount * 60e3;
            default -> amount * 3600e3;
        };
        return Duration.ofMillis((long) millis);
    }
}
