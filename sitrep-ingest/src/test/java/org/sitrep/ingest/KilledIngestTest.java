package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.StoreCounts;

class KilledIngestTest {
    private static final int ARTICLES = 1_000;

    @TempDir
    Path dir;

    @Test
    void aRunKilledMidBatchLeavesAConsistentStoreThatARerunCompletesWithoutDuplicates() throws Exception {
        Path input = dir.resolve("batch.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= ARTICLES; i++) {
            lines.add("{\"id\":\"a" + i + "\",\"published\":\"2024-11-04\",\"text\":\"" + Pages.numbered(i) + "\"}");
        }
        Files.write(input, lines);
        Path db = dir.resolve("s.db");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestMain.class.getName(), db.toString(),
                input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long stored = waitForArticles(db, 30, child);
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stored).as("killed mid-batch").isLessThan(ARTICLES);

        try (ClaimStore store = ClaimStore.open(db)) {
            assertThat(store.check()).isEmpty();
            long before = store.counts().articles();
            assertThat(before).isBetween(30L, (long) ARTICLES - 1);
            IngestReport rerun = Ingester.create(store, SharedExtractor.INSTANCE,
                            IngestOptions.defaults().withThreads(2))
                    .run(List.of(input.toString()), InputStream0.EMPTY, IngestListener.NONE);
            assertThat(rerun.counts().articles()).isEqualTo(ARTICLES - before);
            assertThat(rerun.counts().unchanged()).isEqualTo(before);
            StoreCounts counts = store.counts();
            assertThat(counts.articles()).isEqualTo(ARTICLES);
            assertThat(counts.appearances()).isEqualTo(ARTICLES);
            assertThat(counts.claims()).as("at most one claim per article")
                    .isBetween(ARTICLES * 8L / 10, (long) ARTICLES);
            assertThat(store.check()).isEmpty();
        }
    }

    /** Polls the store file read-only until it holds {@code count} articles; returns how many it saw. */
    private static long waitForArticles(Path db, long count, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("child still running").isTrue();
            long seen = articles(db);
            if (seen >= count) {
                return seen;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child stored fewer than " + count + " articles in 30 s");
    }

    private static long articles(Path db) throws IOException {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM articles")) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }
}
