package org.sitrep.ingest;

import java.time.Clock;
import java.util.Objects;
import org.sitrep.io.ReadOptions;

/**
 * How a run ingests.
 *
 * @param threads how many threads extract claims (reading, fetching and storing stay on the calling thread)
 * @param read how files are read (size limit, default date)
 * @param fetch how pages and feeds are fetched
 * @param clock stamps when fetched pages were seen
 */
public record IngestOptions(int threads, ReadOptions read, FetchOptions fetch, Clock clock) {
    public IngestOptions {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(clock, "clock");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** One extraction thread per processor, the readers' and fetchers' defaults, the system clock. */
    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), ReadOptions.defaults(),
                FetchOptions.defaults(), Clock.systemUTC());
    }

    public IngestOptions withThreads(int value) {
        return new IngestOptions(value, read, fetch, clock);
    }

    public IngestOptions withRead(ReadOptions value) {
        return new IngestOptions(threads, value, fetch, clock);
    }

    public IngestOptions withFetch(FetchOptions value) {
        return new IngestOptions(threads, read, value, clock);
    }

    public IngestOptions withClock(Clock value) {
        return new IngestOptions(threads, read, fetch, value);
    }
}
