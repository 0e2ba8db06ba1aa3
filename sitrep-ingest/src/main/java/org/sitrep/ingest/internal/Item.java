package org.sitrep.ingest.internal;

import java.util.Objects;
import org.sitrep.store.Sighting;

/** What a source yields: an article to store, or an input it could not use. */
public sealed interface Item permits Item.Found, Item.Problem {
    /** The input the item came from, as runs record it. */
    String input();

    /** An article, with where and when it was seen. */
    record Found(String input, Sighting sighting) implements Item {
        public Found {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(sighting, "sighting");
        }
    }

    /** An input that gave no article; {@code skipped} when left alone on purpose. */
    record Problem(String input, String reason, boolean skipped) implements Item {
        public Problem {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
