package org.sitrep.series;

import java.util.List;
import java.util.function.Consumer;

/**
 * A series as one line of JSON, in the shape of "A series (v1)" of the claim format: {@code key}, {@code title},
 * {@code measure}, {@code subject}, {@code place}, {@code claims}, {@code revisions}, {@code conflicts},
 * {@code estimates} (with {@code high_open}, {@code disputed} and {@code hedged} beside the spec's fields), then
 * {@code related} and {@code checks}. Written by hand: the module depends on nothing but the model.
 */
public final class SeriesJson {
    private SeriesJson() {
    }

    /** One line, without a line break. */
    public static String line(Series series) {
        StringBuilder json = new StringBuilder(256 + series.claims().size() * 160);
        json.append("{\"key\":").append(string(series.key()));
        json.append(",\"title\":").append(string(series.title()));
        json.append(",\"measure\":").append(string(series.measure().wireName()));
        json.append(",\"subject\":{\"country\":").append(string(series.country()))
                .append(",\"role\":").append(string(series.role().wireName())).append('}');
        json.append(",\"place\":").append(place(series.place()));
        array(json, "claims", series.claims(), entry -> claim(json, entry));
        array(json, "revisions", series.revisions(), revision -> json.append("{\"from\":")
                .append(string(revision.from())).append(",\"to\":").append(string(revision.to()))
                .append(",\"source\":").append(string(revision.source())).append('}'));
        array(json, "conflicts", series.conflicts(), conflict -> json.append("{\"claims\":")
                .append(strings(conflict.claims())).append(",\"reason\":").append(string(conflict.reason()))
                .append('}'));
        array(json, "estimates", series.estimates(), estimate -> json.append("{\"date\":")
                .append(string(estimate.date().toString())).append(",\"low\":").append(estimate.low())
                .append(",\"best\":").append(estimate.best()).append(",\"high\":").append(estimate.high())
                .append(",\"claims\":").append(strings(estimate.claims()))
                .append(",\"high_open\":").append(estimate.highOpen())
                .append(",\"disputed\":").append(estimate.disputed())
                .append(",\"hedged\":").append(estimate.hedged()).append('}'));
        json.append(",\"related\":").append(strings(series.related()));
        array(json, "checks", series.checks(), check -> json.append("{\"claims\":").append(strings(check.claims()))
                .append(",\"holds\":").append(check.holds()).append(",\"reason\":").append(string(check.reason()))
                .append('}'));
        return json.append('}').toString();
    }

    private static void claim(StringBuilder json, SeriesEntry entry) {
        json.append("{\"claim\":").append(string(entry.claimId()));
        json.append(",\"articles\":").append(strings(entry.articles()));
        json.append(",\"date\":").append(entry.date() == null ? "null" : string(entry.date().toString()));
        Bounds value = entry.value();
        json.append(",\"value\":{\"low\":").append(value.low()).append(",\"high\":").append(value.high())
                .append(",\"approx\":").append(value.approx()).append('}');
        json.append(",\"sources\":").append(strings(entry.sources()));
        json.append(",\"certainty\":").append(string(entry.certainty().wireName())).append('}');
    }

    private static String place(Theatre theatre) {
        if (theatre == null) {
            return "null";
        }
        return "{\"name\":" + string(theatre.name()) + ",\"country\":" + string(theatre.country())
                + ",\"precision\":" + string(theatre.precision().wireName()) + "}";
    }

    private static <T> void array(StringBuilder json, String name, List<T> items, Consumer<T> write) {
        json.append(",\"").append(name).append("\":[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            write.accept(items.get(i));
        }
        json.append(']');
    }

    private static String strings(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            json.append(i > 0 ? "," : "").append(string(values.get(i)));
        }
        return json.append(']').toString();
    }

    /** A JSON string literal, or {@code null}. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
