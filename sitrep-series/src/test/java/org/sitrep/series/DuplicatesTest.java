package org.sitrep.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.series.Claim.from;
import static org.sitrep.series.Claim.killed;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Certainty;

class DuplicatesTest {
    @Test
    void sameClaimRepublishedByOutletsCountsOnceListingEveryArticle() {
        Series only = Claim.only(killed("c2", 100).in("herald"), killed("c1", 100).in("yonhap"),
                killed("c3", 100).in("times").on("2024-12-20"));

        assertThat(only.claims()).hasSize(1);
        SeriesEntry entry = only.claims().get(0);
        assertThat(entry.claimId()).isEqualTo("c1");
        assertThat(entry.articles()).containsExactly("herald", "times", "yonhap");
        assertThat(entry.outlets()).containsExactly("Outlet of herald", "Outlet of times", "Outlet of yonhap");
    }

    @Test
    void copiesNamingTheSourceDifferentlyAreStillOneClaim() {
        Series only = Claim.only(killed("c1", 3000).by(from("Volodymyr Zelenskiy", "UA")),
                killed("c2", 3000).by(from("Volodymyr Zelenskyy", "UA")));

        assertThat(only.claims()).extracting(SeriesEntry::articles).containsExactly(java.util.List.of("a-c1", "a-c2"));
    }

    @Test
    void otherBoundsOrAnotherSourceAreNotCopies() {
        Series only = Claim.only(killed("c1", 100), killed("c2", 110), killed("c3", 100).by("Kyiv"));

        assertThat(only.claims()).hasSize(3);
    }

    @Test
    void theSameFigureRepeatedAWeekLaterIsAnotherClaim() {
        Series only = Claim.only(killed("c1", 100), killed("c2", 100).on("2024-12-26"));

        assertThat(only.claims()).hasSize(2);
    }

    @Test
    void mergedClaimIsApproximateIfAnyCopyIsAndTakesTheStrongestDoubt() {
        Series only = Claim.only(killed("c1", 100), killed("c2", 100).about().hedged());

        SeriesEntry entry = only.claims().get(0);
        assertThat(entry.value().approx()).isTrue();
        assertThat(entry.certainty()).isEqualTo(Certainty.HEDGED);
    }
}
