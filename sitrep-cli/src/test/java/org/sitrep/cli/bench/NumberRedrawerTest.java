package org.sitrep.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class NumberRedrawerTest {
    private final SplittableRandom random = new SplittableRandom(42);

    @RepeatedTest(20)
    void keepsTheShapeOfEachNumber() {
        String redrawn = NumberRedrawer.redraw(
                "More than 3,000 troops, 300 civilians and 1.9 million people; two monks died.", random);

        assertThat(redrawn).matches(
                "More than \\d,\\d{3} troops, [1-9]\\d{2} civilians and \\d\\.\\d million people; two monks died\\.");
    }

    @Test
    void changesNumbersWrittenInDigits() {
        String sentence = "Officials counted 12,345,678 dead and 987,654 wounded.";

        assertThat(NumberRedrawer.redraw(sentence, random)).isNotEqualTo(sentence)
                .matches("Officials counted \\d{1,2},\\d{3},\\d{3} dead and \\d{3},\\d{3} wounded\\.");
    }

    @RepeatedTest(20)
    void keepsYearsDaysAndPercentagesPlausible() {
        String redrawn = NumberRedrawer.redraw("Since Oct. 7 2023, and on 24 February, 85 percent fled.", random);

        String day = "([1-9]|1\\d|2[0-8])";
        assertThat(redrawn).matches(
                "Since Oct\\. " + day + " 202[1-5], and on " + day + " February, [1-9]\\d? percent fled\\.");
    }

    @Test
    void leavesTimesAndNumbersGluedToLettersAlone() {
        String sentence = "At 10:15 a.m., M23 rebels and the 82nd Airborne shot down an F-16 and a Su-34.";

        assertThat(NumberRedrawer.redraw(sentence, random)).isEqualTo(sentence);
    }
}
