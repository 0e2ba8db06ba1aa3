package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderPoolTest {
    @Test
    void handsOverResultsInSubmissionOrderWhateverTheWorkersFinishFirst() {
        List<Integer> seen = new ArrayList<>();
        try (InOrderPool<Integer> pool = new InOrderPool<>(4, seen::add)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                if (i % 7 == 0) {
                    pool.submitDone(n);
                } else {
                    pool.submit(() -> {
                        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                        return n;
                    });
                }
            }
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList());
    }

    @Test
    void keepsAtMostAWindowOfResultsWaiting() {
        List<Integer> seen = new ArrayList<>();
        try (InOrderPool<Integer> pool = new InOrderPool<>(1, seen::add)) {
            for (int i = 0; i < 10; i++) {
                int n = i;
                pool.submit(() -> n);
                assertThat(i + 1 - seen.size()).isLessThanOrEqualTo(4);
            }
        }
        assertThat(seen).hasSize(10);
    }
}
