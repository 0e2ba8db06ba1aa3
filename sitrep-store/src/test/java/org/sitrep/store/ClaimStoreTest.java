package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Article;
import org.sitrep.core.Extraction;
import org.sitrep.core.Figure;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;

class ClaimStoreTest {
    private static final LocalDate DAY = LocalDate.of(2024, 11, 4);

    @TempDir
    Path dir;

    @Test
    void storesAnArticleAndReadsEveryFieldOfItsClaimBack() {
        Article article = Claims.article("seed", "https://example.org/seed", DAY, "x".repeat(1300));
        try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
            PutOutcome outcome = store.put(Claims.sighting(article), "0.1.0",
                    () -> Claims.extraction(article, Claims.full()));
            assertThat(outcome.kind()).isEqualTo(PutOutcome.Kind.NEW);
            assertThat(outcome.claims()).isEqualTo(1);
            List<StoredClaim> claims = store.claims(ClaimQuery.defaults());
            assertThat(claims).hasSize(1);
            StoredClaim stored = claims.get(0);
            String id = ClaimIds.of(ContentHash.of(article.text()), Claims.full());
            assertThat(stored.figure()).isEqualTo(withId(Claims.full(), id));
            assertThat(stored.date()).isEqualTo(LocalDate.of(2024, 12, 15));
            assertThat(stored.article().id()).isEqualTo(ContentHash.key(ContentHash.of(article.text())));
            assertThat(stored.article().url()).isEqualTo("https://example.org/seed");
            assertThat(stored.article().outlet()).isEqualTo("Example News");
            assertThat(stored.article().title()).isEqualTo("Title of seed");
            assertThat(stored.article().published()).isEqualTo(DAY);
            assertThat(store.check()).isEmpty();
        }
    }

    @Test
    void storesTheSameTextOnceAndEachNewUrlAsAnotherAppearance() {
        Article wire = Claims.article("a", "https://one.example/a", DAY, "Wire copy: 300 killed.");
        Article copy = Claims.article("b", "https://two.example/b", DAY, "Wire copy: 300 killed.");
        AtomicInteger extractions = new AtomicInteger();
        try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
            PutOutcome first = store.put(Claims.sighting(wire), "v", () -> extract(extractions, wire));
            PutOutcome second = store.put(Claims.sighting(copy), "v", () -> extract(extractions, copy));
            PutOutcome again = store.put(Claims.sighting(copy), "v", () -> extract(extractions, copy));
            assertThat(first.kind()).isEqualTo(PutOutcome.Kind.NEW);
            assertThat(second.kind()).isEqualTo(PutOutcome.Kind.NEW_APPEARANCE);
            assertThat(again.kind()).isEqualTo(PutOutcome.Kind.UNCHANGED);
            assertThat(second.articleId()).isEqualTo(first.articleId());
            assertThat(extractions).hasValue(1);
            StoreCounts counts = store.counts();
            assertThat(counts.articles()).isEqualTo(1);
            assertThat(counts.appearances()).isEqualTo(2);
            assertThat(counts.claims()).isEqualTo(1);
            assertThat(store.check()).isEmpty();
        }
    }

    @Test
    void storesAChangedTextAtTheSameUrlAsANewVersionWhoseClaimsReplaceTheOld() {
        Article first = Claims.article("live", "https://example.org/live", DAY, "At least 10 killed.");
        Article update = Claims.article("live", "https://example.org/live", DAY, "At least 25 killed.");
        try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
            store.put(Claims.sighting(first), "v", () -> Claims.extraction(first,
                    Claims.figure("c1", Measure.KILLED, "people", "UA", Role.CIVILIAN, 10, null)));
            PutOutcome outcome = store.put(Claims.sighting(update), "v", () -> Claims.extraction(update,
                    Claims.figure("c1", Measure.KILLED, "people", "UA", Role.CIVILIAN, 25, null)));
            assertThat(outcome.kind()).isEqualTo(PutOutcome.Kind.NEW_VERSION);
            assertThat(store.claims(ClaimQuery.defaults())).extracting(c -> c.figure().value().low())
                    .containsExactly(25L);
            StoreCounts counts = store.counts();
            assertThat(counts.articles()).isEqualTo(2);
            assertThat(counts.currentArticles()).isEqualTo(1);
            assertThat(counts.claims()).isEqualTo(2);
            assertThat(counts.currentClaims()).isEqualTo(1);
            assertThat(store.article(1).orElseThrow().current()).isFalse();
            assertThat(store.article(1).orElseThrow().article().text()).isEqualTo("At least 10 killed.");
            assertThat(store.check()).isEmpty();
        }
    }

    @Test
    void makesAnOlderTextCurrentAgainWhenTheUrlCarriesItAgain() {
        Article first = Claims.article("live", "https://example.org/live", DAY, "Ten killed.");
        Article update = Claims.article("live", "https://example.org/live", DAY, "Twenty killed.");
        Figure ten = Claims.figure("c1", Measure.KILLED, "people", "UA", Role.CIVILIAN, 10, null);
        Figure twenty = Claims.figure("c1", Measure.KILLED, "people", "UA", Role.CIVILIAN, 20, null);
        try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
            store.put(Claims.sighting(first), "v", () -> Claims.extraction(first, ten));
            store.put(Claims.sighting(update), "v", () -> Claims.extraction(update, twenty));
            PutOutcome back = store.put(Claims.sighting(first), "v", () -> Claims.extraction(first, ten));
            assertThat(back.kind()).isEqualTo(PutOutcome.Kind.NEW_APPEARANCE);
            assertThat(store.claims(ClaimQuery.defaults())).extracting(c -> c.figure().value().low())
                    .containsExactly(10L);
            assertThat(store.counts().appearances()).isEqualTo(2);
            assertThat(store.check()).isEmpty();
        }
    }

    @Test
    void storesNothingOfAnArticleWhoseExtractionFails() {
        Article article = Claims.article("a", null, DAY, "Some text.");
        try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
            assertThatThrownBy(() -> store.put(Claims.sighting(article), "v", () -> {
                throw new IllegalStateException("extractor broke");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(store.counts().articles()).isZero();
            store.put(Claims.sighting(article), "v", () -> Claims.extraction(article,
                    Claims.figure("c1", Measure.KILLED, "people", "UA", Role.CIVILIAN, 3, "UN")));
            assertThat(store.counts().sources()).isEqualTo(1);
            assertThat(store.check()).isEmpty();
        }
    }

    @Test
    void replacesClaimsOnReextractionKeepingTheIdsOfClaimsFoundAgain() {
        Article article = Claims.article("a", null, DAY, "Text with two figures.");
        Figure kept = Claims.figure("c1", Measure.KILLED, "soldiers", "KP", Role.MILITARY, 300, "NIS");
        Figure dropped = Claims.figure("c2", Measure.WOUNDED, "soldiers", "KP", Role.MILITARY, 2700, "NIS");
        Figure renumbered = Claims.figure("c7", Measure.KILLED, "soldiers", "KP", Role.MILITARY, 300, "NIS");
        try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
            store.put(Claims.sighting(article), "old", () -> Claims.extraction(article, kept, dropped));
            String keptId = store.claims(ClaimQuery.defaults().withMeasure(Measure.KILLED)).get(0).claimId();
            assertThat(store.articleIds("new")).containsExactly(1L);
            int stored = store.replaceClaims(1, Claims.extraction(article, renumbered), "new");
            assertThat(stored).isEqualTo(1);
            assertThat(store.claims(ClaimQuery.defaults())).extracting(StoredClaim::claimId).containsExactly(keptId);
            assertThat(store.articleIds("new")).isEmpty();
            assertThat(store.article(1).orElseThrow().extractorVersion()).isEqualTo("new");
            assertThat(store.check()).isEmpty();
        }
    }

    @Test
    void keepsWhatWasStoredAcrossReopeningAndUsesWalWithNormalSync() throws Exception {
        Path file = dir.resolve("s.db");
        Article article = Claims.article("a", null, DAY, "Kept text.");
        try (ClaimStore store = ClaimStore.open(file)) {
            store.put(Claims.sighting(article), "v", () -> Claims.extraction(article));
        }
        try (ClaimStore store = ClaimStore.open(file)) {
            assertThat(store.counts().articles()).isEqualTo(1);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
            mode.next();
            assertThat(mode.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void refusesAStoreWrittenByANewerSitrep() throws Exception {
        Path file = dir.resolve("s.db");
        ClaimStore.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                    + "script, checksum, installed_by, installed_on, execution_time, success) "
                    + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'test', '2030-01-01', 1, 1)");
        }
        assertThatThrownBy(() -> ClaimStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("newer sitrep");
    }

    @Test
    void refusesAFileThatIsNotAStore() throws Exception {
        Path file = dir.resolve("notes.db");
        java.nio.file.Files.writeString(file, "not a database, just some text that is long enough ".repeat(20));
        assertThatThrownBy(() -> ClaimStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void recordsRunsWithTheirCountsAndFailures() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
            long run = store.startRun("ingest", List.of("feed.xml"));
            store.recordFailure(run, "https://example.org/missing", "HTTP 404", false);
            store.updateRun(run, RunCounts.ZERO.plusFailure(), true);
            assertThat(store.failures(run)).extracting(RunFailure::reason).containsExactly("HTTP 404");
            assertThat(store.counts().runs()).isEqualTo(1);
        }
    }

    private static Extraction extract(AtomicInteger extractions, Article article) {
        extractions.incrementAndGet();
        return Claims.extraction(article, Claims.figure("c1", Measure.KILLED, "people", "UA", Role.CIVILIAN, 300,
                "Reuters"));
    }

    private static Figure withId(Figure f, String id) {
        return new Figure(id, f.measure(), f.subject(), f.value(), f.sources(), f.certainty(), f.cues(), f.place(),
                f.time(), f.mentions(), f.explain());
    }
}
