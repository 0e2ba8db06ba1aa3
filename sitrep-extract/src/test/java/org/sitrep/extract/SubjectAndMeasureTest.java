package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Figure;
import org.sitrep.core.Measure;
import org.sitrep.core.Precision;
import org.sitrep.core.Role;

/** What is counted and whom: measures, roles, countries and places. */
class SubjectAndMeasureTest {
    @Test
    void twoNumbersJoinedByAndAreTwoClaimsSharingTheSubject() {
        List<Figure> figures = Extracted.figures("Ukraine said 300 North Korean soldiers were killed and 2,700 wounded.");
        assertThat(figures).extracting(Figure::measure).containsExactly(Measure.KILLED, Measure.WOUNDED);
        assertThat(figures).allSatisfy(f -> {
            assertThat(f.subject().country()).isEqualTo("KP");
            assertThat(f.subject().role()).isEqualTo(Role.MILITARY);
        });
    }

    @Test
    void killedOrWoundedIsOneCasualtiesClaim() {
        Figure f = Extracted.only("Over 3,000 North Korean troops were killed or wounded.");
        assertThat(f.measure()).isEqualTo(Measure.CASUALTIES);
    }

    @Test
    void deathTollFrameGivesTheMeasure() {
        Figure f = Extracted.only("The death toll in Gaza rose to 38 on Monday.");
        assertThat(f.measure()).isEqualTo(Measure.KILLED);
        assertThat(f.value().low()).isEqualTo(38L);
        assertThat(f.subject().country()).isEqualTo("PS");
    }

    @Test
    void aCountryTheSourceSitsInIsNotTheCountedGroupsButTheSourcesOwnCountryIs() {
        List<Figure> abroad = Extracted.figures("At least 606 Iranians have been killed in the protests. "
                + "A rights organisation in the United States says it has confirmed 967 deaths.");
        assertThat(abroad).extracting(f -> f.subject().country()).containsExactly("IR", "IR");
        Figure own = Extracted.only("Ukraine's Prosecutor General's Office said 21 people were killed.");
        assertThat(own.subject().country()).isEqualTo("UA");
    }

    @Test
    void rolesComeFromTheCountedNoun() {
        assertThat(Extracted.only("Twelve civilians were killed.").subject().role()).isEqualTo(Role.CIVILIAN);
        assertThat(Extracted.only("Twelve militants were killed.").subject().role()).isEqualTo(Role.MILITANT);
        assertThat(Extracted.only("Twelve policemen were killed.").subject().role()).isEqualTo(Role.POLICE);
        assertThat(Extracted.only("Twelve people were killed.").subject().role()).isEqualTo(Role.UNKNOWN);
    }

    @Test
    void totalAndItsPartAreSeparateClaims() {
        List<Figure> figures = Extracted.figures("The strike killed 38 people, including 5 children.");
        assertThat(figures).extracting(f -> f.value().anchor()).containsExactly(38L, 5L);
        assertThat(figures.get(1).subject().role()).isEqualTo(Role.CIVILIAN);
    }

    @Test
    void measuresFromTheirVerbs() {
        assertThat(Extracted.only("Kyiv captured two North Korean soldiers.").measure()).isEqualTo(Measure.CAPTURED);
        assertThat(Extracted.only("Hamas freed three Israeli hostages.").measure()).isEqualTo(Measure.RELEASED);
        assertThat(Extracted.only("Police arrested 40 protesters.").measure()).isEqualTo(Measure.DETAINED);
        assertThat(Extracted.only("About 1,200 Ukrainian soldiers are missing.").measure()).isEqualTo(Measure.MISSING);
        assertThat(Extracted.only("Some 100,000 people were displaced.").measure()).isEqualTo(Measure.DISPLACED);
        assertThat(Extracted.only("Ten Ukrainian soldiers surrendered.").measure()).isEqualTo(Measure.SURRENDERED);
    }

    @Test
    void futureCountsAreNotFigures() {
        assertThat(Extracted.figures("Pyongyang intends to send 6,000 more troops to Russia.")).isEmpty();
    }

    @Test
    void placeIsTheRegionTheCountHappenedIn() {
        Figure f = Extracted.only("Some 300 North Korean soldiers were killed in Russia's Kursk region.");
        assertThat(f.place()).isNotNull();
        assertThat(f.place().name()).isEqualTo("Kursk Oblast");
        assertThat(f.place().country()).isEqualTo("RU");
        assertThat(f.place().precision()).isEqualTo(Precision.REGION);
        assertThat(f.place().lat()).isNotNull();
    }

    @Test
    void civiliansTakeTheCountryOfTheirPlace() {
        Figure f = Extracted.only("Twelve civilians were killed in El Fasher on Monday.");
        assertThat(f.subject().country()).isEqualTo("SD");
    }
}
