package org.sitrep.core;

import java.util.Objects;

/**
 * One link of an attribution chain.
 *
 * @param text the words the sentence uses ("a South Korean lawmaker")
 * @param name the fullest name the article gives for the source ("Lee Seong-kweun")
 */
public record Source(String text, String name, SourceKind kind, String country, Span span) {
    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
