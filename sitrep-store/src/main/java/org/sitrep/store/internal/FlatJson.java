package org.sitrep.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Flat JSON objects of strings and integers, and arrays of them: the stored form of a claim's explain map
 * ({@code {"measure":"measure.lexicon"}}) and cues
 * ({@code [{"text":"reportedly","kind":"hedge","start":59,"end":69}]}).
 * Reads only what {@link #write} and {@link #writeArray} write.
 */
final class FlatJson {
    private FlatJson() {
    }

    /** The map as an object, keys sorted; null for an empty map. */
    static String write(Map<String, ?> map) {
        return map.isEmpty() ? null : object(new StringBuilder(), new TreeMap<>(map)).toString();
    }

    /** The maps as an array of objects, keys in their own order; null for none. */
    static String writeArray(List<? extends Map<String, ?>> objects) {
        if (objects.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder("[");
        for (Map<String, ?> object : objects) {
            if (json.length() > 1) {
                json.append(',');
            }
            object(json, object);
        }
        return json.append(']').toString();
    }

    static Map<String, String> read(String json) {
        List<Map<String, String>> objects = readArray(json);
        return objects.isEmpty() ? new LinkedHashMap<>() : objects.get(0);
    }

    /** Every object in {@code json} (one object, or an array of them), values as strings. */
    static List<Map<String, String>> readArray(String json) {
        List<Map<String, String>> objects = new ArrayList<>();
        if (json == null) {
            return objects;
        }
        int[] at = {0};
        while (skipTo(json, at, "{") ) {
            at[0]++;
            Map<String, String> object = new LinkedHashMap<>();
            while (skipTo(json, at, "\"}") && json.charAt(at[0]) == '"') {
                String key = string(json, at);
                skipTo(json, at, "\"-0123456789");
                object.put(key, json.charAt(at[0]) == '"' ? string(json, at) : number(json, at));
            }
            at[0]++;
            objects.add(object);
        }
        return objects;
    }

    private static StringBuilder object(StringBuilder json, Map<String, ?> map) {
        json.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            quote(json, entry.getKey()).append(':');
            Object value = entry.getValue();
            if (value instanceof Number) {
                json.append(value);
            } else {
                quote(json, String.valueOf(value));
            }
        }
        return json.append('}');
    }

    /** Moves {@code at[0]} to the next character among {@code wanted}; false at the end. */
    private static boolean skipTo(String json, int[] at, String wanted) {
        while (at[0] < json.length() && wanted.indexOf(json.charAt(at[0])) < 0) {
            at[0]++;
        }
        return at[0] < json.length();
    }

    private static String number(String json, int[] at) {
        int start = at[0];
        while (at[0] < json.length() && "-0123456789".indexOf(json.charAt(at[0])) >= 0) {
            at[0]++;
        }
        return json.substring(start, at[0]);
    }

    /** The string starting at the quote at {@code at[0]}; leaves {@code at[0]} after its closing quote. */
    private static String string(String json, int[] at) {
        StringBuilder value = new StringBuilder();
        int i = at[0] + 1;
        for (char c; (c = json.charAt(i)) != '"'; i++) {
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            if (escaped == 'u') {
                value.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                value.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> escaped;
                });
            }
        }
        at[0] = i + 1;
        return value.toString();
    }

    private static StringBuilder quote(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }
}
