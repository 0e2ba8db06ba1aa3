package org.sitrep.store;

import java.util.Objects;

/**
 * What storing one sighting did.
 *
 * @param articleId the store's row id of the article carrying the text
 * @param claims how many claims were stored (0 unless the text was new)
 */
public record PutOutcome(Kind kind, long articleId, String articleKey, int claims) {
    /** How the sighting related to what the store held. */
    public enum Kind {
        /** A text never seen before, at a locator never seen before: stored and extracted. */
        NEW,
        /** A new text at a known locator: stored and extracted; the older text is kept but no longer current. */
        NEW_VERSION,
        /** A known text at a locator that did not carry it: recorded as another appearance. */
        NEW_APPEARANCE,
        /** A known text where it was already recorded: nothing changed. */
        UNCHANGED
    }

    public PutOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(articleKey, "articleKey");
    }
}
