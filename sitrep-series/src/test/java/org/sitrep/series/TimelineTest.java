package org.sitrep.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.series.Claim.from;
import static org.sitrep.series.Claim.killed;
import static org.sitrep.series.Claim.outlet;
import static org.sitrep.series.Claim.source;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Certainty;

class TimelineTest {
    @Test
    void ordersClaimsByTheDateTheyHoldForTheirTimeElseTheArticlesDate() {
        Series only = Claim.only(
                killed("c1", 300).on("2025-01-13"),
                killed("c2", 100).on("2025-02-01").asOf("2024-12-19").by("Kyiv"),
                killed("c3", 200).on("2024-12-30").by("Pentagon"));

        assertThat(only.claims()).extracting(SeriesEntry::claimId).containsExactly("c2", "c3", "c1");
        assertThat(only.claims()).extracting(SeriesEntry::date).containsExactly(LocalDate.of(2024, 12, 19),
                LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 13));
    }

    @Test
    void putsUndatedClaimsLast() {
        Series only = Claim.only(killed("c1", 300).on("2025-01-13"),
                new Claim("c0", "a0", null, null, org.sitrep.core.Measure.KILLED, "KP",
                        org.sitrep.core.Role.MILITARY, 50L, 50L, false, java.util.List.of(source("Kyiv")),
                        Certainty.ASSERTED, Claim.KURSK, 0));

        assertThat(only.claims()).extracting(SeriesEntry::claimId).containsExactly("c1", "c0");
        assertThat(only.claims().get(1).date()).isNull();
    }

    @Test
    void showsEachClaimsSourceChainUnderCanonicalNamesWithItsCertainty() {
        Series only = Claim.only(killed("c1", 300).by(outlet("Reuters"), from("Lee Sung-gwen", "KR"),
                source("South Korea's spy agency")).hedged());

        SeriesEntry entry = only.claims().get(0);
        assertThat(entry.sources()).containsExactly("Reuters", "Lee Seong-kweun", "National Intelligence Service");
        assertThat(entry.origin()).isEqualTo("National Intelligence Service");
        assertThat(entry.certainty()).isEqualTo(Certainty.HEDGED);
        assertThat(entry.value()).isEqualTo(new Bounds(300L, 300L, false));
    }
}
