package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Claim;
import org.sitrep.core.Figure;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;

class ClaimIdsTest {
    private static final String HASH = ContentHash.of("some article text");

    @Test
    void givesTheSameIdToTheSameClaimFoundAgainUnderAnotherNumberWithOtherSpans() {
        Figure first = Claims.figure("c1", Measure.KILLED, "North Korean soldiers", "KP", Role.MILITARY, 300, "NIS");
        Figure again = Claims.figure("c4", Measure.KILLED, "north  korean soldiers", "KP", Role.MILITARY, 300, "nis");
        assertThat(ClaimIds.of(HASH, first)).isEqualTo(ClaimIds.of(HASH, again)).hasSize(16).matches("[0-9a-f]+");
    }

    @Test
    void givesDifferentIdsToClaimsThatDifferInValueSourceMeasureOrArticle() {
        Figure claim = Claims.figure("c1", Measure.KILLED, "soldiers", "KP", Role.MILITARY, 300, "NIS");
        List<String> ids = List.of(ClaimIds.of(HASH, claim),
                ClaimIds.of(HASH, Claims.figure("c1", Measure.KILLED, "soldiers", "KP", Role.MILITARY, 301, "NIS")),
                ClaimIds.of(HASH, Claims.figure("c1", Measure.KILLED, "soldiers", "KP", Role.MILITARY, 300, "JCS")),
                ClaimIds.of(HASH, Claims.figure("c1", Measure.WOUNDED, "soldiers", "KP", Role.MILITARY, 300, "NIS")),
                ClaimIds.of(ContentHash.of("another text"), claim));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void keepsTwoIdenticalClaimsOfOneArticleApartInTextOrder() {
        Figure claim = Claims.figure("c1", Measure.KILLED, "soldiers", "KP", Role.MILITARY, 300, "NIS");
        List<Claim> claims = List.of(claim, claim);
        List<String> ids = ClaimIds.of(HASH, claims);
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids.get(0)).isEqualTo(ClaimIds.of(HASH, claim));
    }

    @Test
    void startsEveryIdOfAnArticleWithItsContentHashSoTheyStaySideBySideInTheIndex() {
        List<Claim> claims = List.of(
                Claims.figure("c1", Measure.KILLED, "soldiers", "KP", Role.MILITARY, 300, "NIS"),
                Claims.figure("c2", Measure.WOUNDED, "civilians", "UA", Role.CIVILIAN, 12, null));
        assertThat(ClaimIds.of(HASH, claims)).allSatisfy(id -> assertThat(id).startsWith(HASH.substring(0, 8)))
                .doesNotHaveDuplicates();
    }
}
