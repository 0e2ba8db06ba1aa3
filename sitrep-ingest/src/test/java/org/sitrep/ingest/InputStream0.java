package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** An empty standard input for runs that never read it. */
final class InputStream0 {
    static final InputStream EMPTY = new ByteArrayInputStream(new byte[0]);

    private InputStream0() {
    }
}
