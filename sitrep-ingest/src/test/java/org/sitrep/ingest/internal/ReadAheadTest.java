package org.sitrep.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    @Test
    void handsOverEveryItemAndPromisedCountInReadingOrder() throws Exception {
        List<String> heard = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        try (ReadAhead ahead = ReadAhead.start(List.of("feed", "file"), (input, expecting) -> {
            expecting.accept(input.length());
            return IntStream.range(0, 200).mapToObj(i -> problem(input + "#" + i));
        })) {
            ahead.drain(item -> {
                heard.add(item.input());
                threads.add(Thread.currentThread());
            }, count -> heard.add("expect " + count));
        }
        assertThat(heard).hasSize(402).startsWith("expect 4", "feed#0", "feed#1").contains("feed#199")
                .containsSubsequence("feed#199", "expect 4", "file#0").endsWith("file#199");
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void throwsWhatStoppedTheReadingOnTheDrainingThreadAfterWhatWasReadBefore() {
        List<String> heard = new ArrayList<>();
        try (ReadAhead ahead = ReadAhead.start(List.of("a"), (input, expecting) -> Stream.concat(
                Stream.of(problem("a#1")), Stream.<Item>generate(() -> {
                    throw new UncheckedIOException(new java.io.IOException("disk gone"));
                }).limit(1)))) {
            assertThatThrownBy(() -> ahead.drain(item -> heard.add(item.input()), count -> { }))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
        }
        assertThat(heard).containsExactly("a#1");
    }

    @Test
    void closingStopsAReaderWaitingOnAFullQueueAndClosesItsInput() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        ReadAhead ahead = ReadAhead.start(List.of("endless"), (input, expecting) ->
                Stream.generate(() -> problem(input)).onClose(() -> closed.set(true)));
        Thread.sleep(100); // the queue fills and the reader waits
        assertThat(closed).isFalse();
        ahead.close();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!closed.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(closed).isTrue();
    }

    private static Item problem(String input) {
        return new Item.Problem(input, "test", false);
    }
}
