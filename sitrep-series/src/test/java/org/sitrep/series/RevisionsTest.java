package org.sitrep.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.series.Claim.killed;
import static org.sitrep.series.Claim.unnamed;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Certainty;

class RevisionsTest {
    @Test
    void sourceChangingItsOwnFigureIsARevision() {
        Series only = Claim.only(killed("c1", 100), killed("c2", 300).on("2025-01-13"),
                killed("c3", 600).on("2025-04-30"));

        assertThat(only.revisions()).containsExactly(
                new Revision("c1", "c2", "National Intelligence Service"),
                new Revision("c2", "c3", "National Intelligence Service"));
    }

    @Test
    void aSourceUnderAnotherNameRevisesItsOwnFigure() {
        Series only = Claim.only(killed("c1", 100).by("NIS"), killed("c2", 300).on("2025-01-13")
                .by("South Korea's spy agency"));

        assertThat(only.revisions()).containsExactly(new Revision("c1", "c2", "National Intelligence Service"));
    }

    @Test
    void restatingTheSameFigureIsNotARevision() {
        Series only = Claim.only(killed("c1", 100), killed("c2", 100).about().on("2025-01-13"));

        assertThat(only.revisions()).isEmpty();
    }

    @Test
    void anotherSourcesFigureIsNotARevision() {
        Series only = Claim.only(killed("c1", 100), killed("c2", 300).on("2025-01-13").by("Kyiv"));

        assertThat(only.revisions()).isEmpty();
    }

    @Test
    void unnamedSourcesAndDenialsReviseNothing() {
        Series only = Claim.only(killed("c1", 100).by(unnamed("officials")),
                killed("c2", 300).on("2025-01-13").by(unnamed("officials")),
                killed("c3", 500).on("2025-01-20").certainty(Certainty.DENIED), killed("c4", 600).on("2025-01-27"));

        assertThat(only.revisions()).isEmpty();
    }
}
