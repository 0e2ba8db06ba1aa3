package org.sitrep.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.ClaimStore;

/**
 * Warm, in-process latency of one kind of {@code claims} query: each of the query's variants is run once to warm up,
 * then {@code runs} times in turn, each run one page; reports the median and 95th percentile in milliseconds of
 * wall time, and the median of the thread's CPU time (which a machine busy with other work does not inflate).
 */
public final class QueryTiming {
    private QueryTiming() {
    }

    /** One filter's timings. */
    public record Timing(String name, double p50Millis, double p95Millis, double cpuP50Millis, double meanRows) {
        public static final String HEADER = String.format(Locale.ROOT, "%-50s %8s %8s %11s %6s",
                "filter (page of 50)", "p50 ms", "p95 ms", "CPU p50 ms", "rows");

        public String row() {
            return String.format(Locale.ROOT, "%-50s %8.2f %8.2f %11.2f %6.1f", name, p50Millis, p95Millis,
                    cpuP50Millis, meanRows);
        }
    }

    public static Timing time(ClaimStore store, String name, List<ClaimQuery> variants, int runs) {
        for (ClaimQuery query : variants) {
            store.claims(query);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            ClaimQuery query = variants.get(i % variants.size());
            long cpuBegan = threads.getCurrentThreadCpuTime();
            long began = System.nanoTime();
            rows += store.claims(query).size();
            nanos[i] = System.nanoTime() - began;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuBegan;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        return new Timing(name, percentile(nanos, 50), percentile(nanos, 95), percentile(cpu, 50),
                (double) rows / runs);
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
