package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sitrep.cli.bench.BenchTable;
import org.sitrep.cli.bench.ChildIngest;
import org.sitrep.cli.bench.CorpusFormat;
import org.sitrep.cli.bench.CorpusGenerator;
import org.sitrep.cli.bench.CorpusWriter;
import org.sitrep.cli.bench.QueryTiming;
import org.sitrep.cli.bench.StoreFill;
import org.sitrep.core.Article;
import org.sitrep.core.Extraction;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;
import org.sitrep.extract.Extractor;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep bench-store}: ingest throughput into SQLite, then warm query latency on a large store. */
@Command(name = "bench-store",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Generates --articles distinct articles (as 'sitrep bench' does), ingests them into a new store from a "
                    + "JSONL file with 'sitrep ingest' in a JVM of its own (read, extract, store: articles/s, by the "
                    + "run's own clock), grows the store to --claims claims with "
                    + "synthetic copies of those extractions through the store's batch insert, then times each "
                    + "'claims' filter alone and one combination, warm and in-process (p50/p95 for a page of 50)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the store or the corpus could not be written (one line on standard error)",
            "2:usage error (unknown option, bad value)"})
final class StoreBenchCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand parent;

    @Option(names = "--articles", paramLabel = "N", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    private int articles = 10_000;

    @Option(names = "--claims", paramLabel = "N",
            description = "Claims to grow the store to (default: ${DEFAULT-VALUE}).")
    private long claims = 1_000_000;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per filter (default: ${DEFAULT-VALUE}).")
    private int runs = 40;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the number of processors, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    private long seed = 42;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where to put the corpus and the store (default: a new temporary folder, deleted after).")
    private Path dir;

    @Option(names = "--reuse", description = "With --dir holding a store from an earlier run: only time the queries.")
    private boolean reuse;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() throws Exception {
        require(articles >= 1 && claims >= 0 && runs >= 1 && threads >= 1,
                "--articles, --runs and --threads must be at least 1, --claims not negative");
        PrintWriter out = spec.commandLine().getOut();
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("sitrep-bench-store");
        try {
            run(out, work);
        } finally {
            if (dir == null) {
                delete(work);
            }
        }
        return ExitCodes.OK;
    }

    private void run(PrintWriter out, Path work) throws Exception {
        if (reuse) {
            require(dir != null && Files.exists(work.resolve("bench.db")), "--reuse needs --dir holding bench.db");
            try (ClaimStore store = ClaimStore.open(work.resolve("bench.db"))) {
                out.printf(Locale.ROOT, "store: %,d current claims%n", store.counts().currentClaims());
                printTimings(out, store);
            }
            return;
        }
        Path corpus = CorpusWriter.write(CorpusGenerator.seeded(seed), articles, work, CorpusFormat.JSONL).location();
        ChildIngest.Result ingested = ChildIngest.run(Sitrep.class.getName(), corpus, work.resolve("bench.db"),
                threads);
        out.printf(Locale.ROOT, "ingest: %,d articles in %.1f s = %,.0f articles/s (`sitrep ingest` in a JVM of its "
                + "own: read, extract on %d threads, store), %,d claims%n", ingested.articles(), ingested.seconds(),
                ingested.articlesPerSecond(), threads, ingested.claims());
        out.flush();
        Extractor extractor = parent.extractor();
        try (ClaimStore store = ClaimStore.open(work.resolve("bench.db"))) {
            List<Extraction> extractions = extractAll(extractor);
            long cpu = processCpuNanos();
            StoreFill.Filled filled = StoreFill.fill(store, extractions, claims);
            cpu = processCpuNanos() - cpu;
            out.printf(Locale.ROOT, "fill: %,d synthetic articles, %,d claims in %.1f s (batch insert; process CPU "
                    + "%.1f s); store: %,d current claims, %,d MB%n", filled.articles(), filled.claims(),
                    filled.seconds(), cpu / 1e9, store.counts().currentClaims(),
                    Files.size(work.resolve("bench.db")) / 1_000_000);
            printTimings(out, store);
        }
    }

    private void printTimings(PrintWriter out, ClaimStore store) {
        out.println(QueryTiming.Timing.HEADER);
        for (QueryTiming.Timing timing : timings(store)) {
            out.println(timing.row());
            out.flush();
        }
        out.println(BenchTable.environment() + String.format(Locale.ROOT, "; load average %.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    private List<QueryTiming.Timing> timings(ClaimStore store) {
        ClaimQuery page = ClaimQuery.defaults();
        List<QueryTiming.Timing> timings = new ArrayList<>();
        timings.add(QueryTiming.time(store, "(none)", List.of(page), runs));
        timings.add(time(store, "--measure M", Stream.of(Measure.values()).toList(), page::withMeasure));
        timings.add(time(store, "--country CC", List.of("UA", "RU", "KP", "IL", "PS", "KR", "SY", "US"),
                page::withCountry));
        timings.add(time(store, "--role R", Stream.of(Role.values()).toList(), page::withRole));
        timings.add(time(store, "--source TEXT", List.of("ministry", "Zelensky", "military", "officials",
                "Intelligence"), page::withSource));
        timings.add(time(store, "--since DATE", List.of("2025-06-01", "2024-12-01", "2024-01-01"),
                d -> page.withSince(LocalDate.parse(d))));
        timings.add(time(store, "--until DATE", List.of("2024-03-01", "2024-09-01", "2025-06-01"),
                d -> page.withUntil(LocalDate.parse(d))));
        timings.add(time(store, "--text QUERY", List.of("Kursk", "Gaza", "hospital", "prisoners", "North Korean"),
                page::withText));
        timings.add(QueryTiming.time(store, "--measure killed --country KP --since 2024-10-01",
                List.of(page.withMeasure(Measure.KILLED).withCountry("KP").withSince(LocalDate.of(2024, 10, 1))),
                runs));
        return timings;
    }

    private <T> QueryTiming.Timing time(ClaimStore store, String name, List<T> values, Function<T, ClaimQuery> query) {
        return QueryTiming.time(store, name, values.stream().map(query).toList(), runs);
    }

    /** The generated articles' extractions, computed again (the ingest run does not hand them out). */
    private List<Extraction> extractAll(Extractor extractor) throws InterruptedException, ExecutionException {
        List<Article> generated = CorpusGenerator.seeded(seed).next(articles);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (Article article : generated) {
                futures.add(pool.submit(() -> extractor.extract(article)));
            }
            List<Extraction> extractions = new ArrayList<>(futures.size());
            for (Future<Extraction> future : futures) {
                extractions.add(future.get());
            }
            return extractions;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void delete(Path work) throws IOException {
        try (Stream<Path> paths = Files.walk(work)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void require(boolean condition, String message) {
        if (!condition) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
