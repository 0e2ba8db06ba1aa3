package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.core.Certainty;
import org.sitrep.core.Figure;

/** The certainty sieve: the spec's hedge cues, what does not hedge, and denial. */
class CertaintyRulesTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "About 300 soldiers have reportedly been killed.",
        "Some 300 soldiers were allegedly killed.",
        "The agency claims that 300 soldiers were killed.",
        "The agency estimated that 300 soldiers were killed.",
        "Around 300 soldiers are believed to have been killed.",
        "Around 300 soldiers may have been killed.",
        "Preliminary data show 300 soldiers were killed.",
        "Officials said 300 soldiers were killed, a figure that could not be independently verified.",
        "The ministry counted 4,776 reported fatalities among civilians.",
        "Unconfirmed reports said 300 soldiers were killed.",
    })
    void hedgeCuesHedgeTheCount(String sentence) {
        assertThat(Extracted.only(sentence).certainty()).isEqualTo(Certainty.HEDGED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "At least 300 soldiers were killed, officials said.",
        "According to the ministry, 300 soldiers were killed.",
        "The ministry confirmed that 300 soldiers were killed.",
        "Officials said 38 people were killed, and the toll could still climb.",
        "Gunmen believed to belong to the group killed 12 villagers.",
    })
    void boundsAttributionAndHedgesAimedElsewhereDoNotHedge(String sentence) {
        assertThat(Extracted.only(sentence).certainty()).isEqualTo(Certainty.ASSERTED);
    }

    @Test
    void aDenialNamingTheNumberIsDenied() {
        Figure f = Extracted.only("The Kremlin dismissed the reported toll of 200 soldiers killed.");
        assertThat(f.certainty()).isEqualTo(Certainty.DENIED);
    }

    @Test
    void aLaterSentenceDoubtingTheFiguresHedgesThem() {
        List<Figure> figures = Extracted.figures("The ministry said 40 civilians were killed. "
                + "The figures could not be independently verified.");
        assertThat(figures).singleElement().extracting(Figure::certainty).isEqualTo(Certainty.HEDGED);
    }

    @Test
    void hedgedWinsOverAssertedAcrossMentionsOfOneClaim() {
        List<Figure> figures = Extracted.figures("Officials said 300 soldiers were killed. "
                + "Officials said 300 soldiers had reportedly been killed.");
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.certainty()).isEqualTo(Certainty.HEDGED);
            assertThat(f.mentions()).hasSize(2);
        });
    }
}
