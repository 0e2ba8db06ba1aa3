package org.sitrep.cli;

/** The exit codes every command documents in its help footer. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
