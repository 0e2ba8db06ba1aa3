package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of this module's tests, started on first use (a few seconds) and stopped by
 * Spark's own shutdown hook when the test JVM exits.
 */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession session() {
        return Holder.SESSION;
    }

    /** A session like the tests', with {@code master} threads ({@code local[1]}, {@code local[2]}). */
    static SparkSession start(String master) {
        try {
            return SparkSession.builder()
                    .master(master)
                    .appName("sitrep-spark tests")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.warehouse.dir",
                            Files.createTempDirectory("sitrep-spark-warehouse").toUri().toString())
                    .getOrCreate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final SparkSession SESSION = start("local[2]");
    }
}
