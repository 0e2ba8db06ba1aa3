package org.sitrep.cli;

import java.io.PrintWriter;

/** Writes outcomes as they come, in input order, and counts the failures. Used from one thread. */
final class OutcomeWriter {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean debug;
    private int failures;

    OutcomeWriter(PrintWriter out, PrintWriter err, boolean debug) {
        this.out = out;
        this.err = err;
        this.debug = debug;
    }

    void write(Outcome outcome) {
        if (outcome instanceof Outcome.Written written) {
            out.write(written.text());
        } else if (outcome instanceof Outcome.Failed failed) {
            failures++;
            out.flush();
            err.println("sitrep: " + failed.input() + ": " + failed.reason());
            if (debug && failed.cause() != null) {
                failed.cause().printStackTrace(err);
            }
            err.flush();
        } else if (outcome instanceof Outcome.Warned warned) {
            out.flush();
            err.println("sitrep: warning: " + warned.input() + ": " + warned.reason());
            err.flush();
        }
    }

    int failures() {
        return failures;
    }
}
