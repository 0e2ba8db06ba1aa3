package org.sitrep.core;

import java.util.Objects;

/** Something the extractor noticed about a messy input: data, not an exception. */
public record Diagnostic(String code, String message) {
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
