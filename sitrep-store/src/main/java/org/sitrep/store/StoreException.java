package org.sitrep.store;

/**
 * The one exception the store throws for a broken environment: an unreadable or locked file, a store written by a
 * newer sitrep, an SQL failure. Its message is one human line naming the store file.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
