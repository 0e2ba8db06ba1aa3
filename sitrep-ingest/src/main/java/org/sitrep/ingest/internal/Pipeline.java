package org.sitrep.ingest.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.core.Extraction;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.IngestListener;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.ContentHash;
import org.sitrep.store.PutOutcome;
import org.sitrep.store.RunCounts;
import org.sitrep.store.StoreException;

/**
 * Extracts found articles on a pool of threads and stores them on the calling thread, in the order they were found,
 * each in its own transaction. A text the store already holds is not extracted again. A bad item is recorded with
 * its reason and the run goes on. Counts are written to the run's row every second, so an interrupted run still
 * shows how far it got. Not thread-safe: one pipeline per run.
 */
public final class Pipeline implements AutoCloseable {
    private static final long UPDATE_NANOS = 1_000_000_000L;

    private final ClaimStore store;
    private final Extractor extractor;
    private final ExecutorService pool;
    private final int window;
    private final long runId;
    private final IngestListener listener;
    private final Deque<Future<Prepared>> pending = new ArrayDeque<>();
    private RunCounts counts = RunCounts.ZERO;
    private long lastUpdate = System.nanoTime();

    public Pipeline(ClaimStore store, Extractor extractor, int threads, long runId, IngestListener listener) {
        this.store = store;
        this.extractor = extractor;
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sitrep-extract");
            thread.setDaemon(true);
            return thread;
        });
        this.window = 4 * threads;
        this.runId = runId;
        this.listener = listener;
    }

    /** Takes one item: a problem is recorded now, an article queued for extraction and stored in turn. */
    public void accept(Item item) throws InterruptedException {
        if (item instanceof Item.Problem problem) {
            fail(problem.input(), problem.reason(), problem.skipped());
            return;
        }
        Item.Found found = (Item.Found) item;
        pending.add(pool.submit(() -> prepare(found)));
        while (pending.size() > window) {
            store(pending.poll());
        }
        maybeUpdate();
    }

    /** Stores everything still queued and marks the run finished; returns its counts. */
    public RunCounts finish() throws InterruptedException {
        while (!pending.isEmpty()) {
            store(pending.poll());
        }
        store.updateRun(runId, counts, true);
        return counts;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private Prepared prepare(Item.Found found) {
        try {
            String hash = ContentHash.of(found.sighting().article().text());
            Extraction extraction = store.knows(hash) ? null : extractor.extract(found.sighting().article());
            return new Prepared(found, extraction, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Prepared(found, null, e);
        }
    }

    private void store(Future<Prepared> future) throws InterruptedException {
        Prepared prepared;
        try {
            prepared = future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction task failed", e.getCause());
        }
        Item.Found found = prepared.found();
        if (prepared.error() != null) {
            fail(found.input(), "extraction failed: " + prepared.error(), false);
            return;
        }
        try {
            PutOutcome outcome = store.put(found.sighting(), Extractor.VERSION, () -> prepared.extraction() != null
                    ? prepared.extraction() : extractor.extract(found.sighting().article()));
            counts = counts.plus(outcome);
            listener.stored(found.input(), outcome);
        } catch (StoreException | IllegalArgumentException e) {
            fail(found.input(), "not stored: " + e.getMessage(), false);
        }
    }

    private void fail(String input, String reason, boolean skipped) {
        store.recordFailure(runId, input, reason, skipped);
        counts = skipped ? counts.plusSkipped() : counts.plusFailure();
        listener.failed(input, reason, skipped);
    }

    private void maybeUpdate() {
        long now = System.nanoTime();
        if (now - lastUpdate >= UPDATE_NANOS) {
            store.updateRun(runId, counts, false);
            lastUpdate = now;
        }
    }

    /** An article with its extraction (null when the store already holds its text), or what went wrong. */
    private record Prepared(Item.Found found, Extraction extraction, Throwable error) {
    }
}
