package org.sitrep.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Cue;
import org.sitrep.core.CueKind;
import org.sitrep.core.Span;

/**
 * The stored forms of a claim's cues (a JSON array of {@code {"text","kind","start","end"}}) and mentions
 * ({@code "21-308 1154-1251"}): columns of the claim row rather than rows of their own, since nothing queries them
 * apart from their claim and a claim is written with a third of the statements.
 */
final class ClaimParts {
    private ClaimParts() {
    }

    static String cues(List<Cue> cues) {
        List<Map<String, Object>> objects = new ArrayList<>(cues.size());
        for (Cue cue : cues) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("text", cue.text());
            object.put("kind", cue.kind().wireName());
            object.put("start", cue.span().start());
            object.put("end", cue.span().end());
            objects.add(object);
        }
        return FlatJson.writeArray(objects);
    }

    static List<Cue> cues(String json) {
        List<Cue> cues = new ArrayList<>();
        for (Map<String, String> object : FlatJson.readArray(json)) {
            cues.add(new Cue(object.get("text"), CueKind.fromWire(object.get("kind")),
                    new Span(Integer.parseInt(object.get("start")), Integer.parseInt(object.get("end")))));
        }
        return cues;
    }

    static String mentions(List<Span> mentions) {
        StringBuilder text = new StringBuilder();
        for (Span span : mentions) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(span.start()).append('-').append(span.end());
        }
        return text.toString();
    }

    static List<Span> mentions(String text) {
        List<Span> mentions = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return mentions;
        }
        for (String pair : text.split(" ")) {
            int dash = pair.indexOf('-');
            mentions.add(new Span(Integer.parseInt(pair.substring(0, dash)),
                    Integer.parseInt(pair.substring(dash + 1))));
        }
        return mentions;
    }
}
