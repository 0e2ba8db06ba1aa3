package org.sitrep.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An input a run could not use, and why.
 *
 * @param skipped true when it was left alone on purpose (a file of another type) rather than failed
 */
public record RunFailure(long runId, String input, String reason, boolean skipped, Instant at) {
    public RunFailure {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
