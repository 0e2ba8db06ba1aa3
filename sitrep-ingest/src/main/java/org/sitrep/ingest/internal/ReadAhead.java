package org.sitrep.ingest.internal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Reads the inputs' items on a thread of its own, at most {@value #AHEAD} ahead of the thread that stores them, so
 * reading and parsing files (and fetching a feed's pages) overlap with storing, which is what bounds an ingest.
 * What the reading thread learns for the listener (how many items a feed promises) travels in the same queue, so
 * the storing thread hears it in order and listeners are still called on that thread only. A failure of the reading
 * thread is thrown again on the storing thread. Closing stops the reading thread.
 */
public final class ReadAhead implements AutoCloseable {
    static final int AHEAD = 64;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;

    private ReadAhead(List<String> inputs, Opener opener) {
        this.thread = new Thread(() -> read(inputs, opener), "sitrep-read");
        thread.setDaemon(true);
    }

    /** Starts reading {@code inputs} in order, each opened with {@code opener}. */
    public static ReadAhead start(List<String> inputs, Opener opener) {
        ReadAhead ahead = new ReadAhead(List.copyOf(inputs), opener);
        ahead.thread.start();
        return ahead;
    }

    /** Opens one input's items, lazily, telling {@code expecting} of counts it learns; the caller closes the stream. */
    @FunctionalInterface
    public interface Opener {
        Stream<Item> open(String input, LongConsumer expecting);
    }

    /** What takes the items, on the calling thread. */
    @FunctionalInterface
    public interface ItemHandler {
        void accept(Item item) throws InterruptedException;
    }

    /**
     * Hands every item to {@code items} and every promised count to {@code expecting}, in reading order, until the
     * inputs are read; rethrows what stopped the reading thread.
     */
    public void drain(ItemHandler items, LongConsumer expecting) throws InterruptedException {
        while (true) {
            Object next = queue.take();
            if (next instanceof Item item) {
                items.accept(item);
            } else if (next instanceof Expecting promise) {
                expecting.accept(promise.count());
            } else if (next instanceof Failed failed) {
                throw failed.rethrown();
            } else {
                return;
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }

    private void read(List<String> inputs, Opener opener) {
        try {
            for (String input : inputs) {
                try (Stream<Item> items = opener.open(input, count -> hand(new Expecting(count)))) {
                    for (Item item : (Iterable<Item>) items::iterator) {
                        queue.put(item);
                    }
                }
            }
            queue.put(End.END);
        } catch (InterruptedException | Interrupted e) {
            // closed: the storing thread has stopped taking
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Failed(e));
            } catch (InterruptedException closed) {
                // the storing thread has stopped taking; nobody is left to tell
            }
        }
    }

    /** Queues a promised count from inside a source's stream, which cannot throw a checked exception. */
    private void hand(Expecting promise) {
        try {
            queue.put(promise);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // should a source swallow the exception, the next put still stops
            throw new Interrupted();
        }
    }

    private record Expecting(long count) {
    }

    private record Failed(Throwable cause) {
        RuntimeException rethrown() {
            if (cause instanceof Error error) {
                throw error;
            }
            return (RuntimeException) cause;
        }
    }

    private enum End { END }

    /** Carries an interrupt out of a lambda that cannot throw {@link InterruptedException}. */
    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted() {
            super(null, null, false, false);
        }
    }
}
