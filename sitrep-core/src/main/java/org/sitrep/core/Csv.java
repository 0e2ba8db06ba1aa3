package org.sitrep.core;

import java.util.Collection;
import java.util.stream.Collectors;

/** RFC 4180 fields, as every CSV sitrep writes them: a field holding a comma, quote or line break is quoted. */
public final class Csv {
    private Csv() {
    }

    /** One line of fields, without its line break; null is an empty field. */
    public static String row(Collection<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(","));
    }

    /** One field: empty for null, quoted with quotes doubled when it holds a comma, quote or line break. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
