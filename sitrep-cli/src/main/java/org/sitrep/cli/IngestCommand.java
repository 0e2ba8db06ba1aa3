package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.ingest.FetchOptions;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestReport;
import org.sitrep.ingest.Ingester;
import org.sitrep.io.ReadOptions;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.RunCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest PATH|URL...}: reads, extracts and stores articles, crash-safely and idempotently. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Reads articles from PATH|URL..., extracts their claims and stores both in the store (--db).",
            "Inputs: files and folders as 'sitrep extract' reads them; .warc and .warc.gz archives (HTML responses "
                    + "become articles); RSS and Atom feeds (.rss, .atom, .xml files, or a URL serving one: each "
                    + "entry's page is fetched and its main text read); single pages by URL.",
            "The same text is stored once (another URL for it is another appearance); the same URL with changed "
                    + "text is a new version whose claims replace the old. Each article is one transaction: a killed "
                    + "run loses at most the article in flight, and re-running it stores nothing twice.",
            "Prints a progress bar on a terminal and a one-line summary at the end; each failed input gets one "
                    + "line on standard error and is recorded in the run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was stored (warnings aside)",
            "1:at least one input failed (each named on standard error), or the store could not be opened",
            "2:usage error (unknown option, bad value)"})
final class IngestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand parent;

    @Mixin
    private StoreOption store;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the number of processors, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for articles whose input gives none.")
    private LocalDate published;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Largest article, feed or page, in bytes (default: ${DEFAULT-VALUE}).")
    private long maxBytes = ReadOptions.defaults().maxBytes();

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "Longest wait for one HTTP response, e.g. 30s (default: ${DEFAULT-VALUE}).")
    private String timeout = "30s";

    @Option(names = "--delay", paramLabel = "DURATION",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
    private String delay = "1s";

    @Option(names = "--retries", paramLabel = "N",
            description = "Retries of a failed request, with doubling back-off from 1 s (default: ${DEFAULT-VALUE}).")
    private int retries = 2;

    @Option(names = "--watch", description = "Keep polling: ingest the inputs again every --every, until stopped.")
    private boolean watch;

    @Option(names = "--every", paramLabel = "DURATION",
            description = "With --watch, the time between polls, e.g. 10m, 1h, 30s (default: ${DEFAULT-VALUE}).")
    private String every = "10m";

    @Option(names = "--no-progress", negatable = false, description = "No progress bar, even on a terminal.")
    private boolean noProgress;

    @Mixin
    private DebugOption debug;

    @Parameters(paramLabel = "PATH|URL", arity = "1..*",
            description = "Files, folders, WARC files, feed files, http(s) URLs of feeds or pages, or - for "
                    + "standard input.")
    private List<String> inputs;

    @Override
    public Integer call() throws InterruptedException {
        IngestOptions options = options();
        Duration pause = Durations.parse(spec.commandLine(), "--every", every);
        PrintWriter out = spec.commandLine().getOut();
        try (ClaimStore claims = store.open()) {
            Ingester ingester = Ingester.create(claims, parent.extractor(), options);
            while (true) {
                IngestReport report;
                try (IngestProgress progress = IngestProgress.create(spec.commandLine().getErr(), !noProgress)) {
                    report = ingester.run(inputs, parent.stdin(), progress);
                }
                out.println(summary(report));
                out.flush();
                if (!watch) {
                    return report.counts().failures() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
                }
                Thread.sleep(pause.toMillis());
            }
        }
    }

    private IngestOptions options() {
        require(threads >= 1, "--threads must be at least 1, not " + threads);
        require(maxBytes >= 1, "--max-bytes must be positive, not " + maxBytes);
        require(retries >= 0, "--retries must not be negative, not " + retries);
        ReadOptions read = ReadOptions.defaults().withMaxBytes(maxBytes).withDefaultPublished(published);
        FetchOptions fetch = FetchOptions.defaults()
                .withTimeouts(FetchOptions.defaults().connectTimeout(),
                        Durations.parse(spec.commandLine(), "--timeout", timeout))
                .withPerHostDelay(Durations.parseOrZero(spec.commandLine(), "--delay", delay))
                .withRetries(retries, FetchOptions.defaults().backoff())
                .withMaxBytes(maxBytes);
        return IngestOptions.defaults().withThreads(threads).withRead(read).withFetch(fetch);
    }

    /** "stored 120 new articles (3 new versions), 4 new appearances, 10 unchanged; 431 claims; 2 failed ...". */
    static String summary(IngestReport report) {
        RunCounts c = report.counts();
        return String.format(Locale.ROOT, "run %d: %,d new articles (%,d new versions), %,d new appearances, "
                + "%,d unchanged; %,d claims; %,d failed, %,d skipped; %.1f s, %,.0f articles/s", report.runId(),
                c.articles(), c.versions(), c.appearances(), c.unchanged(), c.claims(), c.failures(), c.skipped(),
                report.elapsed().toMillis() / 1e3, report.articlesPerSecond());
    }

    private void require(boolean condition, String message) {
        if (!condition) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
