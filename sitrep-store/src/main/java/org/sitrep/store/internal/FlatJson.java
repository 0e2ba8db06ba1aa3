package org.sitrep.store.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A flat JSON object of strings ({@code {"measure":"measure.lexicon"}}): the stored form of a claim's explain map. */
final class FlatJson {
    private FlatJson() {
    }

    static String write(Map<String, String> map) {
        if (map.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, String> entry : new TreeMap<>(map).entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, entry.getKey()).append(':');
            quote(json, entry.getValue());
        }
        return json.append('}').toString();
    }

    static Map<String, String> read(String json) {
        Map<String, String> map = new LinkedHashMap<>();
        if (json == null) {
            return map;
        }
        int[] at = {json.indexOf('{') + 1};
        while (true) {
            skipTo(json, at, '"', '}');
            if (at[0] >= json.length() || json.charAt(at[0]) == '}') {
                return map;
            }
            String key = string(json, at);
            skipTo(json, at, '"', '"');
            map.put(key, string(json, at));
        }
    }

    private static void skipTo(String json, int[] at, char wanted, char end) {
        while (at[0] < json.length() && json.charAt(at[0]) != wanted && json.charAt(at[0]) != end) {
            at[0]++;
        }
    }

    /** The string starting at the quote at {@code at[0]}; leaves {@code at[0]} after its closing quote. */
    private static String string(String json, int[] at) {
        StringBuilder value = new StringBuilder();
        int i = at[0] + 1;
        for (char c; (c = json.charAt(i)) != '"'; i++) {
            if (c == '\\') {
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
            } else {
                value.append(c);
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
