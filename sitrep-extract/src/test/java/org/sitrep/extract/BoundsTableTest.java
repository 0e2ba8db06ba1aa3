package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.Figure;

/** Every row of claim-format.md's bounds table, as the number grammar reads it in a sentence. */
class BoundsTableTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "300 soldiers were killed.|300|300|false",
        "Three hundred soldiers were killed.|300|300|false",
        "Thirty-two soldiers were killed.|32|32|false",
        "Four thousand one hundred soldiers were wounded.|4100|4100|false",
        "Half a million people were displaced.|500000|500000|false",
        "Around 300 soldiers were killed.|300|300|true",
        "About 300 soldiers were killed.|300|300|true",
        "Nearly 3,000 soldiers were killed.|3000|3000|true",
        "Some 1,000 soldiers were killed.|1000|1000|true",
        "An estimated 300 civilians were killed.|300|300|true",
        "Roughly 2,700 soldiers were wounded.|2700|2700|true",
        "Over 3,000 soldiers were killed.|3000|-|false",
        "More than 3,000 soldiers were killed.|3000|-|false",
        "Upwards of 190 people were killed.|190|-|false",
        "In excess of 104,000 people were killed.|104000|-|false",
        "At least 600 soldiers were killed.|600|-|false",
        "No fewer than 212 people were killed.|212|-|false",
        "A minimum of 100 soldiers were killed.|100|-|false",
        "600 or more soldiers were killed.|600|-|false",
        "Up to 500 civilians were killed.|-|500|false",
        "As many as 500 civilians were killed.|-|500|false",
        "Fewer than 50 civilians were killed.|-|50|false",
        "Between 200 and 300 civilians were killed.|200|300|false",
        "200-300 civilians were killed.|200|300|false",
        "200 to 300 civilians were killed.|200|300|false",
        "An estimated 200 to 300 civilians were killed.|200|300|false",
        "Dozens of civilians were killed.|24|-|true",
        "Scores of civilians were killed.|24|-|true",
        "Hundreds of civilians were killed.|200|-|true",
        "Several hundred civilians were killed.|200|-|true",
        "Thousands of civilians were killed.|2000|-|true",
        "Tens of thousands of civilians were displaced.|20000|-|true",
        "Hundreds of thousands of civilians were displaced.|200000|-|true",
        "Millions of civilians were displaced.|2000000|-|true",
        "Several civilians were killed.|2|-|true",
        "A few civilians were killed.|2|-|true",
        "A dozen civilians were killed.|12|12|true",
        "Two civilians were killed.|2|2|false",
        "1.5 million people were displaced.|1500000|1500000|false",
        "North Korea sent 11K troops to Russia.|11000|11000|false",
        "Some 5K people were wounded.|5000|5000|true",
    })
    void readsTheBoundsTable(String sentence, Long low, Long high, boolean approx) {
        Figure f = Extracted.only(sentence);
        assertThat(f.value().low()).isEqualTo(low);
        assertThat(f.value().high()).isEqualTo(high);
        assertThat(f.value().approx()).isEqualTo(approx);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The strikes destroyed 40 tanks and 12 drones.",
        "About 60 per cent of the buildings were damaged.",
        "The war began in 2022 and aid of $238 million was pledged.",
        "The 47th Brigade moved on Oct. 8 after 12 airstrikes.",
        "A 10-year-old boy was named in the report on March 17.",
    })
    void numbersThatCountNoPeopleAreNotFigures(String sentence) {
        assertThat(Extracted.figures(sentence)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void boundWordBindsOnlyTheNumberItPrecedes() {
        var figures = Extracted.figures("At least 860 people were killed and 393 injured.");
        assertThat(figures).hasSize(2);
        assertThat(figures.get(0).value().low()).isEqualTo(860L);
        assertThat(figures.get(0).value().high()).isNull();
        assertThat(figures.get(1).value().low()).isEqualTo(393L);
        assertThat(figures.get(1).value().high()).isEqualTo(393L);
    }
}
