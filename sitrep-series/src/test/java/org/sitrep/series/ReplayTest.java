package org.sitrep.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.series.Claim.series;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.Claim;
import org.sitrep.core.Figure;
import org.sitrep.extract.Extractor;

/**
 * Replays North Korean casualty and deployment figures as Seoul, Kyiv and Washington reported them from October
 * 2024 to September 2025 (articles written for this test, syndicated copies among them) through the real
 * extractor and the series builder. Claim ids are "article/claim".
 */
class ReplayTest {
    private static final String CASUALTIES = "kp-military-casualties-ru-kursk-oblast";
    private static final String KILLED = "kp-military-killed-ru-kursk-oblast";
    private static final String WOUNDED = "kp-military-wounded-ru-kursk-oblast";
    private static final String DEPLOYED = "kp-military-deployed-ru-kursk-oblast";

    private static List<Series> all;

    @BeforeAll
    static void replay() throws IOException, URISyntaxException {
        Extractor extractor = Extractor.create();
        List<SeriesClaim> claims = new ArrayList<>();
        for (Article article : articles()) {
            for (Claim claim : extractor.extract(article).claims()) {
                Figure figure = (Figure) claim;
                claims.add(new SeriesClaim(article.id() + "/" + figure.id(), article.id(), article.outlet(),
                        article.published(), figure));
            }
        }
        all = SeriesBuilder.create().build(claims);
    }

    @Test
    void findsTheSeriesOfEachMeasureAndTheatre() {
        assertThat(all).extracting(Series::key).containsExactly(CASUALTIES, DEPLOYED, "kp-military-killed",
                KILLED, "kp-military-wounded", WOUNDED);
        assertThat(series(all, CASUALTIES).related()).containsExactly(KILLED, WOUNDED);
    }

    @Test
    void casualtiesTimelineCountsSyndicatedCopiesOnceUnderCanonicalSources() {
        assertThat(series(all, CASUALTIES).claims()).extracting(SeriesEntry::claimId, SeriesEntry::articles,
                SeriesEntry::date, SeriesEntry::sources).containsExactly(
                row("a03/c1", List.of("a03"), "2024-12-16", List.of("senior U.S. military official")),
                row("a05/c1", List.of("a05", "a05b"), "2024-12-23", List.of("Volodymyr Zelensky")),
                row("a06/c1", List.of("a06"), "2024-12-23", List.of("Joint Chiefs of Staff")),
                row("a09/c1", List.of("a09"), "2025-02-27", List.of("National Intelligence Service")),
                row("a10/c2", List.of("a10"), "2025-04-30", List.of("Lee Seong-kweun")));
    }

    @Test
    void flagsKyivsOver3000AgainstSeoulsAbout1100OnTheSameDay() {
        assertThat(series(all, CASUALTIES).conflicts()).containsExactly(new Conflict(List.of("a05/c1", "a06/c1"),
                "at least 3,000 (Volodymyr Zelensky) and about 1,100 (Joint Chiefs of Staff) cannot both hold on"
                        + " 2024-12-23"));
        assertThat(all).filteredOn(s -> !s.key().equals(CASUALTIES))
                .allSatisfy(s -> assertThat(s.conflicts()).isEmpty());
    }

    @Test
    void casualtyEstimatesSpanTheDisputeThenFollowSeoulsLaterTotals() {
        assertThat(series(all, CASUALTIES).estimates()).containsExactly(
                new Estimate(date("2024-12-16"), 200, 200, 200, true, false, true, List.of("a03/c1")),
                new Estimate(date("2024-12-23"), 1100, 1100, 3000, false, true, false,
                        List.of("a05/c1", "a06/c1")),
                new Estimate(date("2025-02-27"), 4000, 4000, 4000, false, false, false, List.of("a09/c1")),
                new Estimate(date("2025-04-30"), 4700, 4700, 4700, false, false, false, List.of("a10/c2")));
    }

    @Test
    void spyAgencyRevisesItsDeathTollFrom100To2000() {
        Series killed = series(all, KILLED);

        assertThat(killed.claims()).extracting(SeriesEntry::claimId, SeriesEntry::articles).containsExactly(
                tuple("a04/c1", List.of("a04", "a04b")),
                tuple("a10/c1", List.of("a10")),
                tuple("a11/c1", List.of("a11")));
        assertThat(killed.revisions()).containsExactly(
                new Revision("a04/c1", "a11/c1", "National Intelligence Service"));
        assertThat(killed.estimates()).extracting(Estimate::date, Estimate::low, Estimate::best, Estimate::high,
                Estimate::claims).containsExactly(
                tuple(date("2024-12-19"), 100L, 100L, 100L, List.of("a04/c1")),
                tuple(date("2025-04-30"), 600L, 600L, 600L, List.of("a10/c1")),
                tuple(date("2025-09-04"), 2000L, 2000L, 2000L, List.of("a11/c1")));
    }

    @Test
    void figuresWhoseArticleNamesNoPlaceFormTheNoPlaceSeriesWithTheirCopies() {
        assertThat(series(all, "kp-military-killed").claims()).singleElement().satisfies(entry -> {
            assertThat(entry.articles()).containsExactly("a07", "a07b");
            assertThat(entry.sources()).containsExactly("National Intelligence Service");
            assertThat(entry.value()).isEqualTo(new Bounds(300L, 300L, true));
        });
        assertThat(series(all, "kp-military-wounded").estimates()).extracting(Estimate::best).containsExactly(2700L);
        assertThat(series(all, WOUNDED).estimates()).extracting(Estimate::best).containsExactly(1000L);
    }

    @Test
    void deploymentEstimatesSpanWashingtonAndKyivThenKyivsRange() {
        Series deployed = series(all, DEPLOYED);

        assertThat(deployed.claims()).extracting(SeriesEntry::sources).containsExactly(
                List.of("U.S. Department of Defense"), List.of("Volodymyr Zelensky"),
                List.of("Defence Intelligence of Ukraine"));
        assertThat(deployed.estimates()).containsExactly(
                new Estimate(date("2024-10-28"), 10000, 10000, 10000, false, false, false, List.of("a01/c1")),
                // both asserted and a week apart: Washington's about 10,000 stays the floor, Kyiv's 11,000 the best
                new Estimate(date("2024-11-05"), 10000, 11000, 11000, false, true, false, List.of("a01/c1", "a02/c1")),
                new Estimate(date("2025-02-07"), 10000, 12500, 15000, false, false, false, List.of("a08/c1")));
        assertThat(deployed.revisions()).isEmpty();
    }

    @Test
    void everySeriesIsOneLineOfJson() {
        assertThat(all).allSatisfy(s -> assertThat(SeriesJson.line(s)).startsWith("{\"key\":\"" + s.key() + "\"")
                .doesNotContain("\n"));
    }

    private static Tuple row(String id, List<String> articles, String date,
            List<String> sources) {
        return tuple(id, articles, date(date), sources);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** The test's articles: a header of "name: value" lines, a blank line, then the text. */
    private static List<Article> articles() throws IOException, URISyntaxException {
        Path folder = Path.of(ReplayTest.class.getResource("replay").toURI());
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String content = Files.readString(file);
                int cut = content.indexOf("\n\n");
                Map<String, String> header = new HashMap<>();
                for (String line : content.substring(0, cut).split("\n")) {
                    int colon = line.indexOf(": ");
                    header.put(line.substring(0, colon), line.substring(colon + 2));
                }
                articles.add(new Article(header.get("id"), header.get("url"), header.get("outlet"),
                        header.get("title"), LocalDate.parse(header.get("published")), content.substring(cut + 2)));
            }
        }
        return articles;
    }
}
