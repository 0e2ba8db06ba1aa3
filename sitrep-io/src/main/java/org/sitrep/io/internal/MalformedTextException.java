package org.sitrep.io.internal;

import java.io.IOException;

/**
 * Bytes that are not valid in the input's encoding. An {@link IOException} so that it passes through Jackson's
 * parsers untouched when they read from a {@link StrictReader}.
 */
final class MalformedTextException extends IOException {
    MalformedTextException(String charset, long byteOffset) {
        super("not valid " + charset + " (byte offset " + byteOffset + ")", null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
