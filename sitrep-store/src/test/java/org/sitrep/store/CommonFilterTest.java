package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Article;
import org.sitrep.core.Extraction;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;

/** Source and text filters that match too many claims to drive the query: the date-ordered scan finds the page. */
class CommonFilterTest {
    private static final int ARTICLES = 3_200;
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    @TempDir
    static Path dir;

    private static ClaimStore store;

    @BeforeAll
    static void fill() {
        store = ClaimStore.open(dir.resolve("common.db"));
        List<Sighting> sightings = new ArrayList<>();
        Map<String, Extraction> extractions = new HashMap<>();
        for (int i = 0; i < ARTICLES; i++) {
            String place = i % 2 == 0 ? "Kursk" : "Gaza";
            Article article = Claims.article("a" + i, null, FIRST.plusDays(i), "Report " + i + " from " + place + ".");
            sightings.add(Claims.sighting(article));
            extractions.put(article.text(), Claims.extraction(article, Claims.figure("c1", Measure.KILLED,
                    "people", i % 2 == 0 ? "RU" : "PS", Role.CIVILIAN, i, "Ministry of Health")));
        }
        store.putAll(sightings, "v", a -> extractions.get(a.text()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void findsTheNewestPageOfACommonWord() {
        assertThat(values(ClaimQuery.defaults().withText("Kursk").withLimit(3))).containsExactly(3198L, 3196L, 3194L);
    }

    @Test
    void findsTheNewestPageOfACommonSource() {
        assertThat(values(ClaimQuery.defaults().withSource("health").withLimit(3))).containsExactly(3199L, 3198L,
                3197L);
    }

    @Test
    void combinesACommonWordWithARareWord() {
        assertThat(values(ClaimQuery.defaults().withText("Gaza").withSource("ministry").withCountry("PS")
                .withUntil(FIRST.plusDays(10)))).containsExactly(9L, 7L, 5L, 3L, 1L);
        assertThat(values(ClaimQuery.defaults().withText("Gaza 17."))).containsExactly(17L);
    }

    private static List<Long> values(ClaimQuery query) {
        return store.claims(query).stream().map(c -> c.figure().value().low()).toList();
    }
}
