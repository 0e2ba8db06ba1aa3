package org.sitrep.core;

import java.util.Objects;

/** A word or phrase that decided a claim's sources or certainty. */
public record Cue(String text, CueKind kind, Span span) {
    public Cue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }
}
