package org.sitrep.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.series.Claim.from;
import static org.sitrep.series.Claim.killed;
import static org.sitrep.series.Claim.outlet;
import static org.sitrep.series.Claim.source;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Certainty;
import org.sitrep.core.Measure;

class EstimatesTest {
    private static Estimate last(Claim... claims) {
        return Claim.only(claims).latestEstimate().orElseThrow();
    }

    private static Claim kyiv(String id) {
        return killed(id, 0).by(from("Volodymyr Zelensky", "UA"));
    }

    @Test
    void anExactFigureGivesLowBestAndHighAlike() {
        assertThat(last(killed("c1", 300))).isEqualTo(new Estimate(LocalDate.of(2024, 12, 19), 300, 300, 300,
                false, false, false, List.of("c1")));
    }

    @Test
    void aRangeGivesItsBoundsAndItsMidpointAsBest() {
        Estimate estimate = last(killed("c1", 0).bounds(10000L, 15000L).measure(Measure.DEPLOYED));

        assertThat(List.of(estimate.low(), estimate.best(), estimate.high())).containsExactly(10000L, 12500L, 15000L);
    }

    @Test
    void anOpenUpperSideTakesTheHighestFigureStatedAndSaysSo() {
        Estimate estimate = last(killed("c1", 0).bounds(3000L, null));

        assertThat(List.of(estimate.low(), estimate.best(), estimate.high())).containsExactly(3000L, 3000L, 3000L);
        assertThat(estimate.highOpen()).isTrue();
    }

    @Test
    void lowIsTheHighestLowerBoundAndHighTheLowestUpperBound() {
        Estimate estimate = last(killed("c1", 0).bounds(200L, null), kyiv("c2").bounds(100L, 500L),
                killed("c3", 0).bounds(null, 800L).by("Pentagon"));

        assertThat(List.of(estimate.low(), estimate.high())).containsExactly(200L, 500L);
        assertThat(estimate.disputed()).isFalse();
        assertThat(estimate.claims()).contains("c1", "c2");
    }

    @Test
    void whenSourcesDisagreeTheRangeSpansTheDisagreement() {
        Estimate estimate = last(killed("c1", 1100).about().by("JCS"), kyiv("c2").bounds(3000L, null));

        assertThat(List.of(estimate.low(), estimate.best(), estimate.high())).containsExactly(1100L, 1100L, 3000L);
        assertThat(estimate.disputed()).isTrue();
        assertThat(estimate.claims()).containsExactly("c1", "c2");
    }

    @Test
    void aHedgedFigureNeverSetsTheLowOrTheBestButMayRaiseTheHigh() {
        Estimate estimate = last(killed("c1", 300), kyiv("c2").bounds(3000L, null).hedged(),
                killed("c3", 100).by("Pentagon").hedged());

        assertThat(List.of(estimate.low(), estimate.best(), estimate.high())).containsExactly(300L, 300L, 3000L);
        assertThat(estimate.hedged()).isFalse();
        assertThat(estimate.claims()).containsExactly("c1", "c2");
    }

    @Test
    void hedgedClaimsSetTheEstimateWhenNoAssertedClaimStandsAndItSaysSo() {
        Estimate estimate = last(killed("c1", 0).bounds(200L, null).about().hedged());

        assertThat(List.of(estimate.low(), estimate.best(), estimate.high())).containsExactly(200L, 200L, 200L);
        assertThat(estimate.hedged()).isTrue();
    }

    @Test
    void deniedClaimsNeverCount() {
        Series only = Claim.only(killed("c1", 300), kyiv("c2").bounds(5000L, 5000L).certainty(Certainty.DENIED)
                .on("2024-12-20"));

        assertThat(only.estimates()).extracting(Estimate::date).containsExactly(LocalDate.of(2024, 12, 19));
        assertThat(only.estimates().get(0).high()).isEqualTo(300);
    }

    @Test
    void aSourcesLatestClaimReplacesItsEarlierOne() {
        Estimate estimate = last(killed("c1", 300), killed("c2", 250).on("2024-12-28"));

        assertThat(List.of(estimate.low(), estimate.best(), estimate.high())).containsExactly(250L, 250L, 250L);
    }

    @Test
    void aStaleRunningTotalStillGivesItsLowerBound() {
        Estimate estimate = last(kyiv("c1").bounds(3000L, null).on("2024-12-23"),
                killed("c2", 1100).about().on("2025-02-27"));

        assertThat(List.of(estimate.low(), estimate.best(), estimate.high())).containsExactly(1100L, 1100L, 3000L);
        assertThat(estimate.disputed()).isTrue();
    }

    @Test
    void aStaleHeadCountIsDropped() {
        Estimate estimate = last(kyiv("c1").bounds(11000L, 11000L).measure(Measure.DEPLOYED).on("2024-11-05"),
                killed("c2", 0).bounds(10000L, 15000L).measure(Measure.DEPLOYED).on("2025-02-07"));

        assertThat(List.of(estimate.low(), estimate.best(), estimate.high())).containsExactly(10000L, 12500L, 15000L);
        assertThat(estimate.claims()).containsExactly("c2");
    }

    @Test
    void bestComesFromTheMostDirectSource() {
        Estimate estimate = last(killed("c1", 0).bounds(100L, 400L).by(from("Lee Seong-kweun", "KR"), source("NIS")),
                kyiv("c2").bounds(100L, 300L).on("2024-12-18"));

        assertThat(estimate.best()).isEqualTo(200);
        assertThat(estimate.claims()).containsExactly("c2", "c1");
    }

    @Test
    void anOutletRelayingASourceDoesNotMakeItLessDirectSoTheMostRecentClaimGivesBest() {
        Estimate estimate = last(killed("c1", 0).bounds(100L, 400L).by(outlet("Reuters"), source("NIS")),
                kyiv("c2").bounds(100L, 300L).on("2024-12-18"));

        assertThat(estimate.best()).isEqualTo(250);
    }

    @Test
    void bestIsKeptWithinLowAndHigh() {
        Estimate estimate = last(killed("c1", 0).bounds(100L, 1000L), kyiv("c2").bounds(600L, null)
                .on("2024-12-18"));

        assertThat(List.of(estimate.low(), estimate.best(), estimate.high())).containsExactly(600L, 600L, 1000L);
    }

    @Test
    void givesOneEstimatePerDateOfTheSeries() {
        Series only = Claim.only(killed("c1", 100), killed("c2", 300).on("2025-01-13"),
                kyiv("c3").bounds(300L, 300L).on("2025-01-13"));

        assertThat(only.estimates()).extracting(Estimate::date)
                .containsExactly(LocalDate.of(2024, 12, 19), LocalDate.of(2025, 1, 13));
    }
}
