package org.sitrep.series;

import java.util.Objects;

/** A source replacing its own earlier figure in a series with a different one. */
public record Revision(String from, String to, String source) {
    public Revision {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(source, "source");
    }
}
