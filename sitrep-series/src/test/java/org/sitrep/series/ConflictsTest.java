package org.sitrep.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.series.Claim.from;
import static org.sitrep.series.Claim.killed;
import static org.sitrep.series.Claim.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Certainty;
import org.sitrep.core.Measure;

class ConflictsTest {
    private static Claim kyiv(String id, long low) {
        return killed(id, low).bounds(low, null).measure(Measure.CASUALTIES).on("2024-12-23")
                .by(from("Volodymyr Zelenskiy", "UA"));
    }

    private static Claim seoul(String id, long about) {
        return killed(id, about).about().measure(Measure.CASUALTIES).on("2024-12-23").by(source("Joint Chiefs of Staff", "KR"));
    }

    @Test
    void differentSourcesWhoseBoundsCannotBothHoldOnOneDayConflict() {
        Series only = Claim.only(kyiv("k", 3000), seoul("s", 1100));

        assertThat(only.conflicts()).containsExactly(new Conflict(List.of("k", "s"),
                "at least 3,000 (Volodymyr Zelensky) and about 1,100 (Joint Chiefs of Staff) cannot both hold"
                        + " on 2024-12-23"));
    }

    @Test
    void anApproximateFigureAllowsTenPercent() {
        assertThat(Claim.only(seoul("s", 1100), kyiv("k", 1200)).conflicts()).isEmpty();
        assertThat(Claim.only(seoul("s", 1100), kyiv("k", 1211)).conflicts()).hasSize(1);
    }

    @Test
    void claimsMoreThanThreeDaysApartDoNotConflict() {
        assertThat(Claim.only(seoul("s", 1100), kyiv("k", 3000).on("2024-12-26")).conflicts()).hasSize(1);
        assertThat(Claim.only(seoul("s", 1100), kyiv("k", 3000).on("2024-12-27")).conflicts()).isEmpty();
    }

    @Test
    void aLaterLargerRunningTotalFromTheSameSideIsAnUpdate() {
        Series only = Claim.only(seoul("s", 1100), killed("n", 3000).measure(Measure.CASUALTIES)
                .on("2024-12-25").by("NIS"));

        assertThat(only.conflicts()).isEmpty();
    }

    @Test
    void aRunningTotalThatFallsOnTheSameSideConflicts() {
        Series only = Claim.only(killed("n", 3000).measure(Measure.CASUALTIES).on("2024-12-21").by("NIS"),
                seoul("s", 1100));

        assertThat(only.conflicts()).singleElement().satisfies(conflict -> assertThat(conflict.reason())
                .isEqualTo("3,000 (National Intelligence Service) on 2024-12-21 falls to about 1,100 (Joint Chiefs"
                        + " of Staff) on 2024-12-23, but a running total cannot fall"));
    }

    @Test
    void aLaterLargerFigureFromTheOtherSideConflicts() {
        Series only = Claim.only(seoul("s", 1100).on("2024-12-21"), kyiv("k", 3000));

        assertThat(only.conflicts()).singleElement().satisfies(conflict ->
                assertThat(conflict.reason()).endsWith("cannot both hold between 2024-12-21 and 2024-12-23"));
    }

    @Test
    void aHeadCountIsNotARunningTotalSoALaterLargerOneOnTheSameSideConflicts() {
        Series only = Claim.only(killed("a", 11000).measure(Measure.DEPLOYED).by("NIS"),
                killed("b", 15000).measure(Measure.DEPLOYED).on("2024-12-21").by("JCS"));

        assertThat(only.conflicts()).hasSize(1);
    }

    @Test
    void aSourceNeverConflictsWithItself() {
        Series only = Claim.only(killed("a", 100), killed("b", 300).on("2024-12-20"));

        assertThat(only.conflicts()).isEmpty();
        assertThat(only.revisions()).hasSize(1);
    }

    @Test
    void deniedClaimsDoNotConflict() {
        Series only = Claim.only(kyiv("k", 3000).certainty(Certainty.DENIED), seoul("s", 1100));

        assertThat(only.conflicts()).isEmpty();
    }
}
