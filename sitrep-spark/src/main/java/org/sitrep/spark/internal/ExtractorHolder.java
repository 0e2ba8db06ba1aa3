package org.sitrep.spark.internal;

import org.sitrep.extract.Extractor;

/**
 * The one {@link Extractor} of this JVM, built on first use. An executor JVM runs many tasks, one per core at a
 * time; they all share this instance (it is immutable and thread-safe), so its lexicons and gazetteers load once
 * per executor, not once per partition, and they are never serialised from the driver.
 */
final class ExtractorHolder {
    private ExtractorHolder() {
    }

    static Extractor extractor() {
        return Lazy.EXTRACTOR;
    }

    /** Initialisation-on-demand: the JVM builds the extractor when the class is first touched, exactly once. */
    private static final class Lazy {
        static final Extractor EXTRACTOR = Extractor.create();
    }
}
