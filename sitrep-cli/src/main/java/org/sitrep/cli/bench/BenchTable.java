package org.sitrep.cli.bench;

import java.util.Locale;

/** The lines {@code sitrep bench} prints: a heading, a row per thread count, and the JVM it ran on. */
public final class BenchTable {
    public static final String HEADER = "threads      articles  seconds    articles/s       MB/s  claims/article";

    private BenchTable() {
    }

    /** "sitrep bench: 2,861 articles, 12.1 MB generated (seed 42); extractor created in 412 ms". */
    public static String heading(int articles, long textBytes, long seed, long extractorMillis) {
        return String.format(Locale.US, "sitrep bench: %,d articles, %.1f MB generated (seed %d); "
                + "extractor created in %,d ms", articles, textBytes / 1e6, seed, extractorMillis);
    }

    /** "warm-up: 3.0 s on 2 threads, 4,410 articles". */
    public static String warmUp(Measurement warmUp) {
        return String.format(Locale.US, "warm-up: %.1f s on %d thread%s, %,d articles", warmUp.seconds(),
                warmUp.threads(), warmUp.threads() == 1 ? "" : "s", warmUp.articles());
    }

    public static String row(Measurement measurement) {
        return String.format(Locale.US, "%7d  %12s  %7.2f  %12s  %9.2f  %14.2f",
                measurement.threads(),
                String.format(Locale.US, "%,d", measurement.articles()),
                measurement.seconds(),
                String.format(Locale.US, "%,.1f", measurement.articlesPerSecond()),
                measurement.megabytesPerSecond(),
                measurement.claimsPerArticle());
    }

    /** "JVM: OpenJDK 64-Bit Server VM 17.0.15+6; 2 cores; max heap 1,984 MB". */
    public static String environment() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.US, "JVM: %s %s; %d cores; max heap %,d MB",
                System.getProperty("java.vm.name", "?"), System.getProperty("java.runtime.version", "?"),
                runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024));
    }
}
