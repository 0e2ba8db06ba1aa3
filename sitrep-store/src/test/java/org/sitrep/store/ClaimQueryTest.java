package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Article;
import org.sitrep.core.Figure;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;

class ClaimQueryTest {
    @TempDir
    static Path dir;

    private static ClaimStore store;

    @BeforeAll
    static void fill() {
        store = ClaimStore.open(dir.resolve("q.db"));
        put("kursk", LocalDate.of(2024, 12, 16), "North Korean troops fought in Kursk.",
                Claims.figure("c1", Measure.KILLED, "North Korean soldiers", "KP", Role.MILITARY, 300,
                        "National Intelligence Service"),
                Claims.figure("c2", Measure.WOUNDED, "North Korean soldiers", "KP", Role.MILITARY, 2700,
                        "National Intelligence Service"));
        put("gaza", LocalDate.of(2024, 10, 1), "The health ministry in Gaza gave a toll.",
                Claims.figure("c1", Measure.KILLED, "Palestinians", "PS", Role.CIVILIAN, 41000, "Health Ministry"));
        put("kyiv", LocalDate.of(2025, 2, 1), "Police in Kyiv said.",
                Claims.figure("c1", Measure.WOUNDED, "police officers", "UA", Role.POLICE, 4, null));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void listsEveryCurrentClaimNewestFirst() {
        assertThat(values(ClaimQuery.defaults())).containsExactly(4L, 2700L, 300L, 41000L);
    }

    @Test
    void filtersByMeasure() {
        assertThat(values(ClaimQuery.defaults().withMeasure(Measure.WOUNDED))).containsExactly(4L, 2700L);
    }

    @Test
    void filtersByTheSubjectsCountryInAnyCase() {
        assertThat(values(ClaimQuery.defaults().withCountry("kp"))).containsExactly(2700L, 300L);
    }

    @Test
    void pagesThroughACountrysClaimsOfEveryMeasureInDateOrder() {
        assertThat(values(ClaimQuery.defaults().withCountry("KP").withLimit(1))).containsExactly(2700L);
        assertThat(values(ClaimQuery.defaults().withCountry("KP").withLimit(1).withOffset(1))).containsExactly(300L);
        assertThat(values(ClaimQuery.defaults().withCountry("KP").withRole(Role.MILITARY)
                .withUntil(LocalDate.of(2024, 12, 16)))).containsExactly(2700L, 300L);
        assertThat(values(ClaimQuery.defaults().withCountry("KP").withRole(Role.CIVILIAN))).isEmpty();
    }

    @Test
    void filtersByRole() {
        assertThat(values(ClaimQuery.defaults().withRole(Role.CIVILIAN))).containsExactly(41000L);
    }

    @Test
    void filtersBySourceNameOrTheWordsThatNamedIt() {
        assertThat(values(ClaimQuery.defaults().withSource("intelligence"))).containsExactly(2700L, 300L);
        assertThat(values(ClaimQuery.defaults().withSource("the health"))).containsExactly(41000L);
        assertThat(values(ClaimQuery.defaults().withSource("100%_"))).isEmpty();
    }

    @Test
    void filtersByDateRangeInclusive() {
        assertThat(values(ClaimQuery.defaults().withSince(LocalDate.of(2024, 10, 1))
                .withUntil(LocalDate.of(2024, 12, 16)))).containsExactly(2700L, 300L, 41000L);
    }

    @Test
    void filtersByWordsInTheArticleText() {
        assertThat(values(ClaimQuery.defaults().withText("kursk"))).containsExactly(2700L, 300L);
        assertThat(values(ClaimQuery.defaults().withText("health \"ministry"))).containsExactly(41000L);
    }

    @Test
    void combinesFilters() {
        assertThat(values(ClaimQuery.defaults().withMeasure(Measure.KILLED).withCountry("KP")
                .withSince(LocalDate.of(2024, 12, 1)).withSource("NIS National"))).isEmpty();
        assertThat(values(ClaimQuery.defaults().withMeasure(Measure.KILLED).withCountry("KP")
                .withSince(LocalDate.of(2024, 12, 1)).withText("troops"))).containsExactly(300L);
    }

    @Test
    void pagesWithLimitAndOffset() {
        assertThat(values(ClaimQuery.defaults().withLimit(2).withOffset(1))).containsExactly(2700L, 300L);
    }

    @Test
    void streamsEveryCurrentClaimArticleByArticle() {
        List<String> articles = new java.util.ArrayList<>();
        store.forEachClaim(claim -> articles.add(claim.article().title()));
        assertThat(articles).containsExactly("Title of kursk", "Title of kursk", "Title of gaza", "Title of kyiv");
    }

    @Test
    void writesCsvRowsUnderTheHeader() {
        StoredClaim claim = store.claims(ClaimQuery.defaults().withCountry("PS")).get(0);
        String row = ClaimCsv.row(claim);
        assertThat(row.split(",", -1)).hasSize(ClaimCsv.COLUMNS.size());
        assertThat(row).startsWith(claim.claimId() + "," + claim.article().id() + ",2024-10-01,killed,Palestinians,"
                + "PS,civilian,41000,41000,41000,false,asserted,Health Ministry,organization,Health Ministry,");
        assertThat(org.sitrep.core.Csv.field("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
    }

    private static void put(String id, LocalDate published, String text, Figure... figures) {
        Article article = Claims.article(id, "https://example.org/" + id, published, text);
        store.put(Claims.sighting(article), "v", () -> Claims.extraction(article, figures));
    }

    private static List<Long> values(ClaimQuery query) {
        return store.claims(query).stream().map(c -> c.figure().value().low()).toList();
    }
}
