package org.sitrep.ingest;

import org.sitrep.extract.Extractor;

/** One extractor for every test class in the JVM: creating one takes a second or more. */
final class SharedExtractor {
    static final Extractor INSTANCE = Extractor.create();

    private SharedExtractor() {
    }
}
