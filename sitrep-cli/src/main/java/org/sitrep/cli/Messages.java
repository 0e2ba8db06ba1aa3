package org.sitrep.cli;

import picocli.CommandLine.ParseResult;

/** One-line error messages, and whether the user asked for stack traces too. */
final class Messages {
    static final String DEBUG_OPTION = "--debug";
    static final String DEBUG_ENV = "SITREP_DEBUG";

    private Messages() {
    }

    /** The exception's type and message on one line: "IllegalStateException: bad state". */
    static String oneLine(Throwable throwable) {
        String message = throwable.getMessage();
        String type = throwable.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message.strip().replaceAll("\\s+", " ");
    }

    /** True when {@code --debug} was given to any command in the chain, or the environment sets SITREP_DEBUG=1. */
    static boolean debug(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption(DEBUG_OPTION)) {
                return true;
            }
        }
        return debugFromEnvironment();
    }

    static boolean debugFromEnvironment() {
        String value = System.getenv(DEBUG_ENV);
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }
}
