package org.sitrep.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A count of people stated in an article, attributed to whoever states it. */
public record Figure(
        String id,
        Measure measure,
        Subject subject,
        Value value,
        List<Source> sources,
        Certainty certainty,
        List<Cue> cues,
        Place place,
        TimeRef time,
        List<Span> mentions,
        Map<String, String> explain) implements Claim {

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(certainty, "certainty");
        sources = List.copyOf(sources);
        cues = List.copyOf(cues);
        mentions = List.copyOf(mentions);
        explain = Map.copyOf(explain);
    }

    @Override
    public String type() {
        return "figure";
    }
}
