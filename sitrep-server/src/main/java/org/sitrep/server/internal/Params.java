package org.sitrep.server.internal;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, read and validated together: each reader records what is wrong with its
 * parameter, and {@link #check()} refuses the request with every field at fault at once. Unknown parameters and
 * repeated ones are faults too, so a typo is not silently ignored.
 */
final class Params {
    static final int MAX_LIMIT = 500;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private final Map<String, List<String>> values;
    private final List<ApiException.FieldError> errors = new ArrayList<>();

    private Params(Map<String, List<String>> values, Set<String> allowed) {
        this.values = values;
        values.forEach((name, given) -> {
            if (!allowed.contains(name)) {
                errors.add(new ApiException.FieldError(name, "unknown parameter; known: " + String.join(", ",
                        allowed.stream().sorted().toList())));
            } else if (given.size() > 1) {
                errors.add(new ApiException.FieldError(name, "given " + given.size() + " times"));
            }
        });
    }

    static Params of(Context context, String... allowed) {
        return new Params(context.queryParamMap(), Set.of(allowed));
    }

    String text(String name) {
        List<String> given = values.get(name);
        if (given == null || given.isEmpty() || given.get(0).isBlank()) {
            return null;
        }
        String value = given.get(0).strip();
        if (value.length() > 200) {
            errors.add(new ApiException.FieldError(name, "longer than 200 characters"));
            return null;
        }
        return value;
    }

    int integer(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new ApiException.FieldError(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    int limit() {
        return integer("limit", 50, 1, MAX_LIMIT);
    }

    int offset() {
        return integer("offset", 0, 0, 10_000_000);
    }

    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new ApiException.FieldError(name, "must be a date, YYYY-MM-DD"));
            return null;
        }
    }

    String country(String name) {
        String value = text(name);
        if (value != null && !COUNTRY.matcher(value).matches()) {
            errors.add(new ApiException.FieldError(name, "must be an ISO 3166-1 alpha-2 code such as KP"));
            return null;
        }
        return value;
    }

    /** A wire name of an enum ({@code killed}), parsed by {@code parse}; {@code known} lists them for the message. */
    <T> T choice(String name, Function<String, T> parse, List<String> known) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            errors.add(new ApiException.FieldError(name, "must be one of " + String.join(", ", known)));
            return null;
        }
    }

    /** Refuses the request with 400 and every field at fault, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
    }

    /** A path parameter that must be a positive row id. */
    static long id(Context context, String name) {
        try {
            long id = Long.parseLong(context.pathParam(name));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest(name, "must be a positive whole number");
    }
}
