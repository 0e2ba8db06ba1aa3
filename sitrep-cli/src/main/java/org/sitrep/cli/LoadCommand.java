package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestReport;
import org.sitrep.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep load DIR}: imports the claim lines of a sitrep-spark job's output into the store, idempotently. */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Loads the output of the Spark job (org.sitrep.spark.ExtractJob) into the store (--db): every *.jsonl "
                    + "and part-* file under DIR/jsonl (or DIR itself when it has no jsonl folder), one article a "
                    + "line with its text and claims, as the job found them (nothing is extracted again).",
            "As with 'sitrep ingest', the same text is stored once, each article is one transaction, and loading "
                    + "the same output again stores nothing twice. An article is recorded at its URL, else at "
                    + "FILE#LINE of the line that carried it.",
            "Prints a one-line summary; each line that could not be loaded (malformed, or without the article's "
                    + "text) gets one line on standard error and is recorded in the run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every line was stored",
            "1:at least one line failed (each named on standard error), or the store could not be opened",
            "2:usage error (unknown option, DIR not a folder)"})
final class LoadCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--no-progress", negatable = false, description = "No progress bar, even on a terminal.")
    private boolean noProgress;

    @Mixin
    private DebugOption debug;

    @Parameters(paramLabel = "DIR", description = "The job's --output folder, or a folder of its JSONL files.")
    private Path dir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "not a folder: " + dir);
        }
        IngestReport report;
        try (ClaimStore claims = store.open();
                IngestProgress progress = IngestProgress.create(spec.commandLine().getErr(), !noProgress)) {
            report = new JobOutputLoader(claims, Clock.systemUTC(), progress).load(dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(IngestCommand.summary(report));
        out.flush();
        return report.counts().failures() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
