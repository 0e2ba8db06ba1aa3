package org.sitrep.ingest;

import org.sitrep.store.PutOutcome;

/** Hears what a run does, on the thread that stores, for progress bars and logs. Every method defaults to nothing. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() { };

    /** {@code count} more items are known to be coming (a feed's entries); totals are often unknown. */
    default void expecting(long count) {
    }

    /** An article was stored (or found already stored). */
    default void stored(String input, PutOutcome outcome) {
    }

    /** An input could not be used; {@code skipped} when left alone on purpose. */
    default void failed(String input, String reason, boolean skipped) {
    }
}
