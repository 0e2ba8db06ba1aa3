package org.sitrep.io;

import java.util.Objects;
import org.sitrep.core.Article;

/**
 * What reading one input (or one article of a multi-article input) gave: an article, a failure that should fail the
 * run, or a skipped file that only deserves a warning.
 */
public sealed interface ReadResult permits ReadResult.Loaded, ReadResult.Failed, ReadResult.Skipped {
    /**
     * Where the result came from: the file path as given or as found in a folder; {@code PATH#LINE} for a JSONL line
     * (and for one of several JSON values on standard input); {@code PATH#N} for the N-th element (1-based) of a JSON
     * array; {@code -} for standard input.
     */
    String input();

    /** An article read. */
    record Loaded(String input, Article article) implements ReadResult {
        public Loaded {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(article, "article");
        }
    }

    /** An input that could not be read; {@code reason} is short and human ("empty file"), never a stack trace. */
    record Failed(String input, String reason) implements ReadResult {
        public Failed {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** An input left alone on purpose (a file of another type found in a folder): a warning, not a failure. */
    record Skipped(String input, String reason) implements ReadResult {
        public Skipped {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
