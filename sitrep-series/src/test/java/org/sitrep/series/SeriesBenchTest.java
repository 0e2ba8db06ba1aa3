package org.sitrep.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesBenchTest {
    @Test
    void benchmarkGroupsSyntheticClaimsIntoManySeriesWithEveryRuleAtWork() {
        List<SeriesClaim> claims = new SyntheticClaims(42).take(20_000);

        SeriesBench.Result result = SeriesBench.run(claims);

        assertThat(claims).hasSize(20_000);
        assertThat(result.series()).isGreaterThan(500);
        assertThat(result.entries()).isLessThan(20_000);
        assertThat(result.revisions()).isPositive();
        assertThat(result.conflicts()).isPositive();
        assertThat(result.estimates()).isPositive();
    }

    @Test
    void syntheticClaimsAreTheSameForTheSameSeed() {
        assertThat(new SyntheticClaims(7).take(500)).isEqualTo(new SyntheticClaims(7).take(500));
    }
}
