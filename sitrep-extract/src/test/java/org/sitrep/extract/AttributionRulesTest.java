package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Figure;
import org.sitrep.core.SourceKind;

/** The attribution sieve, one construction of news English per test. */
class AttributionRulesTest {
    @Test
    void accordingToGivesTheSource() {
        Figure f = Extracted.only("At least 40 civilians were killed, according to the Gaza Health Ministry.");
        assertThat(Extracted.chain(f)).containsExactly("Gaza Health Ministry");
        assertThat(f.explain()).containsEntry("sources", "attribution.according-to");
    }

    @Test
    void accordingToCitingGivesAChain() {
        Figure f = Extracted.only("Around 600 soldiers were killed, according to Yonhap news agency, citing the "
                + "National Intelligence Service.");
        assertThat(Extracted.chain(f)).containsExactly("Yonhap news agency", "National Intelligence Service");
        assertThat(f.sources().get(0).kind()).isEqualTo(SourceKind.MEDIA);
    }

    @Test
    void trailingSpeakerVerbGivesTheSpeaker() {
        Figure f = Extracted.only("More than 3,000 North Korean troops have been killed or wounded, President "
                + "Volodymyr Zelensky said on Monday.");
        assertThat(Extracted.chain(f)).containsExactly("Volodymyr Zelensky");
        assertThat(f.measure().wireName()).isEqualTo("casualties");
    }

    @Test
    void theWhoIsTheWorldHealthOrganizationWhileWhoAfterACommaStillOpensAClause() {
        List<Figure> figures = Extracted.figures("The fighting has killed 1,048 people, the World Health Organization "
                + "reported.\n\nCivilians account for 106 of the dead, the WHO said.");
        assertThat(figures).extracting(f -> Extracted.chain(f).get(0))
                .containsExactly("World Health Organization", "World Health Organization");
        Figure officials = Extracted.only("Officials, who asked not to be named, said 12 soldiers were killed.");
        assertThat(Extracted.chain(officials)).containsExactly("Officials");
    }

    @Test
    void invertedSaidGivesTheSpeakerAfterTheVerb() {
        Figure f = Extracted.only("Twelve soldiers were killed in the attack, said Andriy Yusov.");
        assertThat(Extracted.chain(f)).containsExactly("Andriy Yusov");
    }

    @Test
    void speakerWhoToldAnOutletComesAfterTheOutlet() {
        Figure f = Extracted.only("Colonel Ivan Petrenko told Reuters that 95 Ukrainian soldiers had returned home.");
        assertThat(Extracted.chain(f)).containsExactly("Reuters", "Ivan Petrenko");
    }

    @Test
    void outletReportingAnotherSourceComesFirst() {
        Figure f = Extracted.only("According to the defence ministry, 85 Ukrainian soldiers were killed, Interfax reported.");
        assertThat(Extracted.chain(f)).first().isEqualTo("Interfax");
        assertThat(f.sources()).hasSize(2);
    }

    @Test
    void shortNameResolvesToTheFullestNameInTheArticle() {
        List<Figure> figures = Extracted.figures("The lawmaker Lee Seong-kweun briefed reporters on Tuesday. "
                + "Lee said 300 North Korean soldiers had died.");
        assertThat(Extracted.chain(figures.get(0))).containsExactly("Lee Seong-kweun");
    }

    @Test
    void pronounContinuesTheLastPersonSpeaking() {
        List<Figure> figures = Extracted.figures("Andriy Yusov said 12 North Korean soldiers were killed. "
                + "He added that 30 more had been wounded.");
        assertThat(figures).hasSize(2);
        assertThat(Extracted.chain(figures.get(1))).containsExactly("Andriy Yusov");
    }

    @Test
    void relayStatedOnceIsCarriedToTheSourcesLaterFigures() {
        List<Figure> figures = Extracted.figures("About 300 soldiers were killed, according to a lawmaker citing the "
                + "National Intelligence Service. The lawmaker said 2,700 soldiers were wounded.");
        assertThat(figures).hasSize(2);
        assertThat(Extracted.chain(figures.get(1))).isEqualTo(Extracted.chain(figures.get(0)));
        assertThat(Extracted.chain(figures.get(1))).hasSize(2);
    }

    @Test
    void governmentSourceIsNamedByItsState() {
        Figure f = Extracted.only("Seoul said that around 1,100 North Korean soldiers had been killed or wounded.");
        assertThat(Extracted.chain(f)).containsExactly("South Korea");
        assertThat(f.sources().get(0).kind()).isEqualTo(SourceKind.GOVERNMENT);
    }

    @Test
    void articlesOwnVoiceHasNoSource() {
        Figure f = Extracted.only("North Korea has sent thousands of soldiers to Russia.");
        assertThat(f.sources()).isEmpty();
        assertThat(f.measure().wireName()).isEqualTo("deployed");
    }

    @Test
    void quotationRunningOverSentencesTakesTheSpeakerWhereItCloses() {
        List<Figure> figures = Extracted.figures("\u201cWe lost 14 soldiers in the night. The fighting goes on,\u201d "
                + "Colonel Oleh Marchenko said.");
        assertThat(figures).hasSize(1);
        assertThat(Extracted.chain(figures.get(0))).containsExactly("Oleh Marchenko");
    }

    @Test
    void numbersInsideTheSourceAreNotFigures() {
        List<Figure> figures = Extracted.figures("About 600 soldiers died, according to two committee members.");
        assertThat(figures).extracting(f -> f.value().anchor()).containsExactly(600L);
    }

    @Test
    void originNamedInTheNextSentenceJoinsTheChain() {
        List<Figure> figures = Extracted.figures("About 1,000 North Korean soldiers were killed or wounded last week. "
                + "The figure came from John Kirby, a White House spokesperson.");
        assertThat(Extracted.chain(figures.get(0))).containsExactly("John Kirby");
    }

    @Test
    void documentsSpeakForTheirMakerUnlessASpeakerQuotesThem() {
        assertThat(Extracted.chain(Extracted.only("UN data show more than 10,500 civilians have been killed.")))
                .containsExactly("UN");
        assertThat(Extracted.chain(Extracted.only("Volodymyr Zelensky said preliminary data showed 3,000 North Korean "
                + "soldiers had been killed or wounded."))).containsExactly("Volodymyr Zelensky");
    }

    @Test
    void participleKeepsTheSpeakerOfItsSentence() {
        List<Figure> figures = Extracted.figures("At least 30 people died in Tripoli, the health ministry said, "
                + "adding that 150 were wounded.");
        assertThat(figures).hasSize(2);
        assertThat(Extracted.chain(figures.get(1))).isEqualTo(Extracted.chain(figures.get(0)));
    }

    @Test
    void qualifiedDescriberDoesNotResolveToAPersonWithAnotherQualifier() {
        List<Figure> figures = Extracted.figures("Lebanon's information minister, Ziad Makary, condemned the blasts. "
                + "Twelve people died, the health minister said.");
        assertThat(Extracted.chain(figures.get(0))).doesNotContain("Ziad Makary");
    }
}
