package org.sitrep.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class NationSwapTest {
    @Test
    void swapsDemonymAndCountryTogetherBothWays() {
        String text = "Sudanese troops fought in Sudan, and Sudan's army said so.";
        UnaryOperator<String> swap = NationSwap.choose(text, 1.0, new SplittableRandom(1));

        String swapped = swap.apply(text);
        assertThat(swapped).doesNotContain("Sudan").contains(" troops fought in ").endsWith("'s army said so.");
        assertThat(swap.apply(swapped)).isEqualTo(text);
    }

    @Test
    void swapsWholeWordsOnly() {
        String text = "North Korean and South Korean officials met in North Korea.";
        UnaryOperator<String> swap = NationSwap.choose(text, 1.0, new SplittableRandom(2));

        assertThat(swap.apply(text)).contains(" and South Korean officials met in ").doesNotContain("North Korea");
    }

    @Test
    void leavesTextWithoutKnownNationsAlone() {
        String text = "Gunmen attacked a village overnight.";

        assertThat(NationSwap.choose(text, 1.0, new SplittableRandom(1)).apply(text)).isEqualTo(text);
    }

    @Test
    void swapsNothingAtChanceZero() {
        String text = "Ukrainian forces hit Russian positions.";

        assertThat(NationSwap.choose(text, 0.0, new SplittableRandom(1)).apply(text)).isEqualTo(text);
    }
}
