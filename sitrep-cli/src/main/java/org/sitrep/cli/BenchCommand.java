package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.cli.bench.BenchTable;
import org.sitrep.cli.bench.CorpusFormat;
import org.sitrep.cli.bench.CorpusGenerator;
import org.sitrep.cli.bench.CorpusWriter;
import org.sitrep.cli.bench.Measurement;
import org.sitrep.cli.bench.ThroughputRun;
import org.sitrep.core.Article;
import org.sitrep.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep bench}: measures extraction throughput on generated articles, or writes them out to time the CLI. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Generates --mb megabytes of varied articles (composed from the dev corpus's sentences, numbers "
                    + "re-drawn), creates one extractor, warms it up, then runs it over the articles for --seconds "
                    + "on each thread count and prints articles/s and MB/s (MB = 10^6 bytes of UTF-8 text).",
            "With --generate DIR, writes --articles generated articles to DIR instead, for timing "
                    + "'sitrep extract' end to end."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the corpus could not be written, or the extractor failed (one line on standard error)",
            "2:usage error (unknown option, bad value)"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand parent;

    @Option(names = "--mb", paramLabel = "MB",
            description = "Megabytes of text to generate (default: ${DEFAULT-VALUE}).")
    private double megabytes = 12;

    @Option(names = "--seconds", paramLabel = "S",
            description = "Seconds to run on each thread count (default: ${DEFAULT-VALUE}).")
    private double seconds = 10;

    @Option(names = "--warmup", paramLabel = "S",
            description = "Seconds of warm-up on the largest thread count (default: 8, or --seconds if shorter): "
                    + "the JIT needs about that long before the one-thread row is steady.")
    private Double warmupSeconds;

    @Option(names = "--threads", paramLabel = "N", split = ",",
            description = "Thread counts to measure, e.g. 1,2,4 (default: 1 and the number of processors).")
    private List<Integer> threads;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    private long seed = 42;

    @Option(names = "--generate", paramLabel = "DIR", description = "Write a generated corpus to DIR and stop.")
    private Path generateTo;

    @Option(names = "--articles", paramLabel = "N",
            description = "With --generate: how many articles (default: ${DEFAULT-VALUE}).")
    private int articles = 10_000;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "With --generate: jsonl (one file, " + CorpusWriter.JSONL_FILE + ", the default) "
                    + "or files (one <id>.json per article).")
    private CorpusFormat format = CorpusFormat.JSONL;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (generateTo != null) {
            generate(out);
        } else {
            benchmark(out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void generate(PrintWriter out) throws IOException {
        require(articles >= 0, "--articles must not be negative, not " + articles);
        CorpusWriter.Written written = CorpusWriter.write(CorpusGenerator.seeded(seed), articles, generateTo, format);
        out.printf(Locale.US, "wrote %,d articles (%.1f MB of text, seed %d) to %s%n", written.articles(),
                written.textBytes() / 1e6, seed, written.location());
    }

    private void benchmark(PrintWriter out) throws InterruptedException {
        require(megabytes > 0, "--mb must be positive, not " + megabytes);
        require(seconds > 0, "--seconds must be positive, not " + seconds);
        double warmup = warmupSeconds != null ? warmupSeconds : Math.min(8, seconds);
        require(warmup >= 0, "--warmup must not be negative, not " + warmup);
        List<Integer> counts = threadCounts();
        List<Article> corpus = CorpusGenerator.seeded(seed).nextBytes((long) Math.ceil(megabytes * 1e6));
        long began = System.nanoTime();
        Extractor extractor = parent.extractor();
        long extractorMillis = (System.nanoTime() - began) / 1_000_000;
        ThroughputRun run = new ThroughputRun(extractor, corpus);
        out.println(BenchTable.heading(corpus.size(), run.textBytes(), seed, extractorMillis));
        out.flush();
        if (warmup > 0) {
            int most = counts.stream().max(Integer::compare).orElseThrow();
            out.println(BenchTable.warmUp(run.measure(most, duration(warmup))));
        }
        out.println(BenchTable.HEADER);
        for (int count : counts) {
            out.println(BenchTable.row(run.measure(count, duration(seconds))));
            out.flush();
        }
        out.println(BenchTable.environment());
    }

    private List<Integer> threadCounts() {
        if (threads == null || threads.isEmpty()) {
            int cores = Runtime.getRuntime().availableProcessors();
            return cores == 1 ? List.of(1) : List.of(1, cores);
        }
        for (int count : threads) {
            require(count >= 1, "--threads must list counts of at least 1, not " + count);
        }
        return List.copyOf(threads);
    }

    private static Duration duration(double seconds) {
        return Duration.ofNanos((long) (seconds * 1e9));
    }

    private void require(boolean condition, String message) {
        if (!condition) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
