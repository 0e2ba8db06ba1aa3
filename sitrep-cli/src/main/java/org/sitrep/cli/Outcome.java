package org.sitrep.cli;

/** What became of one input: text for standard output, or a line for standard error. */
sealed interface Outcome {
    /** The rendered extraction of one article. */
    record Written(String text) implements Outcome {
    }

    /** The input could not be read or extracted; the run will exit 1. {@code cause} is null for read failures. */
    record Failed(String input, String reason, Throwable cause) implements Outcome {
    }

    /** The input was passed over (a file of another type in a folder); the run still succeeds. */
    record Warned(String input, String reason) implements Outcome {
    }
}
