package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point of the runnable jar. Standard output is buffered and UTF-8 whatever the platform default;
 * an exception that escapes a command becomes one line on standard error and exit code 1.
 */
public final class Sitrep {
    private Sitrep() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = commandLine(new SitrepCommand());
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        commandLine.setOut(out).setErr(err);
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** The configured command line for {@code command}: what {@link #main} runs, and what tests run in-process. */
    public static CommandLine commandLine(SitrepCommand command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(Sitrep::onUsageError);
        commandLine.setExecutionExceptionHandler(Sitrep::onUnexpected);
        return commandLine;
    }

    private static int onUsageError(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("sitrep: " + exception.getMessage());
        UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static int onUnexpected(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getOut().flush();
        PrintWriter err = commandLine.getErr();
        err.println("sitrep: " + Messages.oneLine(exception));
        if (Messages.debug(parseResult)) {
            exception.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILED;
    }
}
