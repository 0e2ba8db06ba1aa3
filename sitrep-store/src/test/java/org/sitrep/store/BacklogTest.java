package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Article;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;

/**
 * Stored articles' claims and texts reach the claim and full-text indexes in batches; the store's own reads always
 * see them, and whatever a killed process left waiting is moved when the file opens.
 */
class BacklogTest {
    private static final LocalDate DAY = LocalDate.of(2024, 11, 4);

    @TempDir
    Path dir;

    @Test
    void findsAJustStoredArticleAndItsClaimsAndAnotherConnectionDoesOnceFlushed() throws Exception {
        Path file = dir.resolve("s.db");
        try (ClaimStore store = ClaimStore.open(file)) {
            put(store, "a", "Shelling near Pokrovsk: 12 civilians killed.");
            assertThat(matches(file, "Pokrovsk")).isZero();
            assertThat(count(file, "SELECT count(*) FROM claims")).isZero();
            assertThat(count(file, "SELECT count(*) FROM claims_staging")).isEqualTo(1);
            assertThat(store.claims(ClaimQuery.defaults().withText("Pokrovsk"))).hasSize(1);
            assertThat(matches(file, "Pokrovsk")).isEqualTo(1);
            assertThat(count(file, "SELECT count(*) FROM claims")).isEqualTo(1);
            assertThat(count(file, "SELECT count(*) FROM claims_staging")).isZero();
            put(store, "b", "Strikes on Kharkiv: 3 civilians killed.");
            store.flush();
            assertThat(matches(file, "Kharkiv")).isEqualTo(1);
            assertThat(queued(file)).isZero();
        }
    }

    @Test
    void indexesQueuedTextsInBatchesWhileArticlesArePut() throws Exception {
        Path file = dir.resolve("s.db");
        try (ClaimStore store = ClaimStore.open(file)) {
            for (int i = 0; i < 1_050; i++) {
                put(store, "a" + i, "Report " + i + " from Avdiivka: " + (i + 1) + " civilians killed.");
            }
            long indexed = matches(file, "Avdiivka");
            assertThat(indexed).isGreaterThanOrEqualTo(1_000).isLessThan(1_050);
            assertThat(indexed + queued(file)).isEqualTo(1_050);
            assertThat(count(file, "SELECT count(*) FROM claims")).isEqualTo(indexed);
            assertThat(store.counts().claims()).isEqualTo(1_050);
        }
        assertThat(matches(file, "Avdiivka")).isEqualTo(1_050);
    }

    @Test
    void indexesWhatAKilledProcessLeftQueuedWhenTheFileOpensAgain() throws Exception {
        Path file = dir.resolve("s.db");
        Path copy = dir.resolve("killed.db");
        try (ClaimStore store = ClaimStore.open(file)) {
            put(store, "a", "Fighting in Bakhmut: 40 soldiers killed.");
            // the files as a process killed now would leave them: the article committed, its text still queued
            Files.copy(file, copy);
            Files.copy(dir.resolve("s.db-wal"), dir.resolve("killed.db-wal"));
        }
        assertThat(queued(copy)).isEqualTo(1);
        try (ClaimStore store = ClaimStore.open(copy)) {
            assertThat(queued(copy)).isZero();
            assertThat(matches(copy, "Bakhmut")).isEqualTo(1);
            assertThat(count(copy, "SELECT count(*) FROM claims WHERE current = 1")).isEqualTo(1);
            assertThat(count(copy, "SELECT count(*) FROM claim_sources_staging")).isZero();
            assertThat(store.check()).isEmpty();
        }
    }

    @Test
    void givesStagedClaimsTheCurrentFlagTheirArticleHasWhenTheyMove() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
            Article first = Claims.article("live", "https://example.org/live", DAY, "At least 10 killed in Sumy.");
            Article update = Claims.article("live", "https://example.org/live", DAY, "At least 25 killed in Sumy.");
            store.put(Claims.sighting(first), "v", () -> Claims.extraction(first,
                    Claims.figure("c1", Measure.KILLED, "people", "UA", Role.CIVILIAN, 10, "police")));
            store.put(Claims.sighting(update), "v", () -> Claims.extraction(update,
                    Claims.figure("c1", Measure.KILLED, "people", "UA", Role.CIVILIAN, 25, "police")));
            assertThat(store.claims(ClaimQuery.defaults().withSource("police")))
                    .extracting(claim -> claim.figure().value().low()).containsExactly(25L);
            assertThat(store.counts().claims()).isEqualTo(2);
            assertThat(store.check()).isEmpty();
        }
    }

    @Test
    void twoWritersOfOneFileNeverGiveTheSameClaimId() {
        Path file = dir.resolve("s.db");
        try (ClaimStore ingest = ClaimStore.open(file); ClaimStore server = ClaimStore.open(file)) {
            for (int i = 0; i < 20; i++) {
                put(i % 2 == 0 ? ingest : server, "a" + i, "Report " + i + " from Sumy: " + (i + 1) + " killed.");
            }
            assertThat(ingest.counts().claims()).isEqualTo(20);
            assertThat(server.counts().claims()).isEqualTo(20);
            assertThat(ingest.check()).isEmpty();
        }
    }

    @Test
    void upgradesAVersionOneStoreKeepingItsIndexedTexts() throws Exception {
        Path file = dir.resolve("old.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO articles (content_hash, text, fetched_at, extractor_version, "
                    + "extracted_at) VALUES ('" + ContentHash.of("Old text about Kherson.") + "', "
                    + "'Old text about Kherson.', '2024-11-04T00:00:00Z', '0.1.0', '2024-11-04T00:00:00Z')");
            statement.executeUpdate("INSERT INTO appearances (article_id, locator, first_seen, last_seen) "
                    + "VALUES (1, 'old.txt', '2024-11-04T00:00:00Z', '2024-11-04T00:00:00Z')");
        }
        try (ClaimStore store = ClaimStore.open(file)) {
            put(store, "new", "New text about Kherson: 5 civilians killed.");
            assertThat(store.check()).isEmpty();
        }
        assertThat(matches(file, "Kherson")).isEqualTo(2);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SELECT max(CAST(version AS INTEGER)) "
                        + "FROM flyway_schema_history WHERE success = 1")) {
            version.next();
            assertThat(version.getInt(1)).isEqualTo(2);
        }
    }

    private static void put(ClaimStore store, String id, String text) {
        Article article = Claims.article(id, "https://example.org/" + id, DAY, text);
        store.put(Claims.sighting(article), "v", () -> Claims.extraction(article,
                Claims.figure("c1", Measure.KILLED, "civilians", "UA", Role.CIVILIAN, 12, "Health Ministry")));
    }

    /** What another process reading the file finds for {@code word}. */
    private static long matches(Path file, String word) throws SQLException {
        return count(file, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '" + word + "'");
    }

    private static long queued(Path file) throws SQLException {
        return count(file, "SELECT count(*) FROM articles_fts_queue");
    }

    private static long count(Path file, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery(query)) {
            count.next();
            return count.getLong(1);
        }
    }
}
