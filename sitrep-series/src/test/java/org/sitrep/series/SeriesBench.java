package org.sitrep.series;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Times grouping synthetic claims into series ({@link SyntheticClaims}). Run from the repository root:
 * {@code mvn -q -o -pl sitrep-series -am test-compile && java -Xmx3g -cp
 * sitrep-core/target/classes:sitrep-series/target/classes:sitrep-series/target/test-classes
 * org.sitrep.series.SeriesBench 1000000}. Prints one line per run; the first run warms the JIT.
 */
public final class SeriesBench {
    private SeriesBench() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long start = System.nanoTime();
        List<SeriesClaim> claims = new SyntheticClaims(42).take(count);
        System.out.printf("generated %,d claims in %.1f s%n", claims.size(), seconds(start));
        for (int run = 1; run <= runs; run++) {
            Result result = run(claims);
            System.out.printf("run %d: %,d claims -> %,d series (%,d timeline entries, %,d revisions, %,d conflicts,"
                    + " %,d estimates) in %.1f s (%,.0f claims/s; %.1f s of CPU)%n", run, claims.size(), result.series,
                    result.entries, result.revisions, result.conflicts, result.estimates, result.seconds,
                    claims.size() / result.seconds, result.cpuSeconds);
        }
    }

    static Result run(List<SeriesClaim> claims) {
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        List<Series> series = SeriesBuilder.create().build(claims);
        double took = seconds(start);
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        return new Result(series.size(), series.stream().mapToLong(s -> s.claims().size()).sum(),
                series.stream().mapToLong(s -> s.revisions().size()).sum(),
                series.stream().mapToLong(s -> s.conflicts().size()).sum(),
                series.stream().mapToLong(s -> s.estimates().size()).sum(), took, cpu);
    }

    /** CPU time of the whole process (every thread, the collector's included), where the JVM reports it. */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    record Result(long series, long entries, long revisions, long conflicts, long estimates, double seconds,
            double cpuSeconds) {
    }
}
