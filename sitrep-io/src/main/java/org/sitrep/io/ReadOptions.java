package org.sitrep.io;

import java.time.LocalDate;

/**
 * How articles are read.
 *
 * @param maxBytes the largest article (a whole file, a JSONL line, an article of a JSON array) accepted, in bytes
 * @param defaultPublished the date given to articles whose input has none, or null to leave them undated
 */
public record ReadOptions(long maxBytes, LocalDate defaultPublished) {
    public static final long DEFAULT_MAX_BYTES = 5_000_000;

    public ReadOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /** 5 MB per article, no default date. */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_BYTES, null);
    }

    public ReadOptions withMaxBytes(long maxBytes) {
        return new ReadOptions(maxBytes, defaultPublished);
    }

    public ReadOptions withDefaultPublished(LocalDate date) {
        return new ReadOptions(maxBytes, date);
    }
}
