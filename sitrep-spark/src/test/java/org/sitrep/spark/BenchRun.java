package org.sitrep.spark;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Times the job in one local Spark session, for the table in {@code docs/spark.md}; not a test. Arguments:
 * {@code MASTER OUTPUT INPUT...}, e.g. {@code local[2] /tmp/out /tmp/corpus}. Run one master per JVM, so each
 * measurement starts cold: the time printed covers the whole job (listing, reading, extraction, all three outputs)
 * but not the session's start.
 */
public final class BenchRun {
    private BenchRun() {
    }

    public static void main(String[] args) {
        long began = System.nanoTime();
        SparkSession spark = LocalSpark.start(args[0]);
        double startSeconds = (System.nanoTime() - began) / 1e9;
        long jobBegan = System.nanoTime();
        JobSummary summary = ExtractJob.run(spark, JobOptions.of(List.of(args).subList(2, args.length), args[1]));
        double seconds = (System.nanoTime() - jobBegan) / 1e9;
        System.out.printf(Locale.US, "%s: %s; session start %.1f s, job %.1f s, %.0f articles/s%n",
                args[0], summary.line(), startSeconds, seconds, summary.articles() / seconds);
        spark.stop();
    }
}
