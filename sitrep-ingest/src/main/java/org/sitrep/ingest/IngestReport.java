package org.sitrep.ingest;

import java.time.Duration;
import java.util.Objects;
import org.sitrep.store.RunCounts;

/**
 * What a run did: its id in the store's {@code runs} table, its counts and how long it took.
 */
public record IngestReport(long runId, RunCounts counts, Duration elapsed) {
    public IngestReport {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Articles handled per second. */
    public double articlesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : counts.seen() / seconds;
    }
}
