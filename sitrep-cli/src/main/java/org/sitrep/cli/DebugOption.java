package org.sitrep.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} option every command takes; the error handler reads it from the parse result. */
final class DebugOption {
    @Option(names = Messages.DEBUG_OPTION,
            description = "Print stack traces with errors (also: environment SITREP_DEBUG=1).")
    private boolean debug;

    /** Whether {@code --debug} was given or the environment sets SITREP_DEBUG=1. */
    boolean on() {
        return debug || Messages.debugFromEnvironment();
    }
}
