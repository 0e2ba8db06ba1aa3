package org.sitrep.ingest.internal;

/** Why a URL could not be fetched, as a short human reason ("HTTP 404", "no answer within 30 s"). */
final class FetchFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    FetchFailure(String reason, boolean retryable) {
        super(reason, null, false, false);
        this.retryable = retryable;
    }

    boolean retryable() {
        return retryable;
    }
}
