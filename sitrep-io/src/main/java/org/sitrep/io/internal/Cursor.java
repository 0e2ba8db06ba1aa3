package org.sitrep.io.internal;

import org.sitrep.io.ReadResult;

/** A lazy sequence of read results over one input; closing it releases what it holds open. */
public interface Cursor extends AutoCloseable {
    /** The next result, or null when there are no more. Never throws for bad input. */
    ReadResult next();

    @Override
    default void close() {
    }

    /** A cursor over just {@code result}. */
    static Cursor of(ReadResult result) {
        return new Cursor() {
            private boolean given;

            @Override
            public ReadResult next() {
                if (given) {
                    return null;
                }
                given = true;
                return result;
            }
        };
    }

    static Cursor empty() {
        return () -> null;
    }
}
