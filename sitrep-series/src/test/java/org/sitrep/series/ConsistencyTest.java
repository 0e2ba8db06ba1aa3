package org.sitrep.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.series.Claim.build;
import static org.sitrep.series.Claim.killed;
import static org.sitrep.series.Claim.series;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Measure;

class ConsistencyTest {
    private static final String CASUALTIES = "kp-military-casualties-ru-kursk-oblast";
    private static final String KILLED = "kp-military-killed-ru-kursk-oblast";
    private static final String WOUNDED = "kp-military-wounded-ru-kursk-oblast";

    private static Claim casualties(String id, Long low, Long high) {
        return killed(id, 0).bounds(low, high).measure(Measure.CASUALTIES).on("2025-01-13");
    }

    private static Claim part(String id, Measure measure, long value) {
        return killed(id, value).measure(measure).on("2025-01-13");
    }

    @Test
    void casualtiesAreShownBesideKilledAndWounded() {
        List<Series> all = build(casualties("t", 3000L, null), part("k", Measure.KILLED, 300),
                part("w", Measure.WOUNDED, 2700));

        assertThat(series(all, CASUALTIES).related()).containsExactly(KILLED, WOUNDED);
        assertThat(series(all, KILLED).related()).containsExactly(CASUALTIES, WOUNDED);
        assertThat(series(all, WOUNDED).related()).containsExactly(CASUALTIES, KILLED);
    }

    @Test
    void checkHoldsWhenCasualtiesCoverKilledPlusWoundedOfTheSameSourceAndDate() {
        List<Series> all = build(casualties("t", 3000L, null), part("k", Measure.KILLED, 300),
                part("w", Measure.WOUNDED, 2700));

        assertThat(series(all, CASUALTIES).checks()).containsExactly(new ConsistencyCheck(List.of("t", "k", "w"),
                true, "casualties at least 3,000 cover killed 300 + wounded 2,700 (National Intelligence Service,"
                        + " 2025-01-13)"));
    }

    @Test
    void checkFailsWhenCasualtiesFallShortButItIsNoConflict() {
        List<Series> all = build(casualties("t", 1000L, 1000L), part("k", Measure.KILLED, 300),
                part("w", Measure.WOUNDED, 2700));

        Series total = series(all, CASUALTIES);
        assertThat(total.checks()).singleElement().satisfies(check -> {
            assertThat(check.holds()).isFalse();
            assertThat(check.reason()).startsWith("casualties 1,000 fall short of killed 300 + wounded 2,700");
        });
        assertThat(total.conflicts()).isEmpty();
    }

    @Test
    void approximateFiguresAllowTheTolerance() {
        List<Series> all = build(casualties("t", 2800L, 2800L).about(), part("k", Measure.KILLED, 300),
                part("w", Measure.WOUNDED, 2700));

        assertThat(series(all, CASUALTIES).checks()).singleElement()
                .satisfies(check -> assertThat(check.holds()).isTrue());
    }

    @Test
    void checksOnlyAgainstTheSameSourceOnTheSameDate() {
        List<Series> all = build(casualties("t", 1000L, 1000L), part("k", Measure.KILLED, 300).by("Kyiv"),
                part("w", Measure.WOUNDED, 2700).on("2025-01-14"));

        assertThat(series(all, CASUALTIES).checks()).isEmpty();
        assertThat(series(all, CASUALTIES).related()).containsExactly(KILLED, WOUNDED);
    }

    @Test
    void aKilledSeriesWithoutCasualtiesBesideItHasNoRelatedSeries() {
        List<Series> all = build(part("k", Measure.KILLED, 300), part("w", Measure.WOUNDED, 2700));

        assertThat(all).allSatisfy(s -> assertThat(s.related()).isEmpty());
    }
}
