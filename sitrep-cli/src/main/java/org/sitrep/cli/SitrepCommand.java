package org.sitrep.cli;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;
import org.sitrep.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code sitrep}: holds what its subcommands share (standard input and the one
 * {@link Extractor} of the process) and runs none of its own.
 */
@Command(name = "sitrep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns conflict news into a sourced, queryable record of claims.",
        subcommands = {
            ExtractCommand.class,
            BenchCommand.class,
            IngestCommand.class,
            ClaimsCommand.class,
            ExportCommand.class,
            ReextractCommand.class,
            LoadCommand.class,
            StoreBenchCommand.class,
            SeriesCommand.class,
            ServeCommand.class,
            // Further subcommands (bench, ...) are listed here, one a line.
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an input or a step failed (one line on standard error says which)",
            "2:usage error (unknown option, bad value)"})
public final class SitrepCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    private final InputStream stdin;
    private final Supplier<Extractor> extractorFactory;
    private Extractor extractor;

    /** The command as the jar runs it: reads {@code System.in}, creates the extractor on first use. */
    public SitrepCommand() {
        this(System.in, Extractor::create);
    }

    /** A command reading {@code stdin} for the input "-" and taking its extractor from {@code extractorFactory}. */
    public SitrepCommand(InputStream stdin, Supplier<Extractor> extractorFactory) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.extractorFactory = Objects.requireNonNull(extractorFactory, "extractorFactory");
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing command: one of " + String.join(", ", spec.subcommands().keySet()));
    }

    InputStream stdin() {
        return stdin;
    }

    /** The process's one extractor, created on first use (it is expensive, immutable and thread-safe). */
    synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = extractorFactory.get();
        }
        return extractor;
    }
}
