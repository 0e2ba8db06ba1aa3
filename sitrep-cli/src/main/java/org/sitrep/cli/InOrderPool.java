package org.sitrep.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on worker threads and hands their results to a sink in submission order, on the submitting
 * thread. At most a fixed window of results waits at a time, so memory stays bounded however many tasks come.
 */
final class InOrderPool<T> implements AutoCloseable {
    private static final int WINDOW_PER_THREAD = 4;

    private final ExecutorService workers;
    private final Consumer<T> sink;
    private final int window;
    private final Deque<Future<T>> pending = new ArrayDeque<>();

    InOrderPool(int threads, Consumer<T> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sitrep-worker");
            thread.setDaemon(true);
            return thread;
        });
        this.sink = sink;
        this.window = threads * WINDOW_PER_THREAD;
    }

    /** Queues {@code task}; first hands over the oldest results while the window is full. */
    void submit(Callable<T> task) {
        enqueue(workers.submit(task));
    }

    /** Queues a result that needs no work, keeping its place in the order. */
    void submitDone(T result) {
        enqueue(CompletableFuture.completedFuture(result));
    }

    /** Hands over every remaining result, then stops the workers. */
    @Override
    public void close() {
        try {
            while (!pending.isEmpty()) {
                sink.accept(await(pending.removeFirst()));
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private void enqueue(Future<T> future) {
        pending.addLast(future);
        while (pending.size() > window || (!pending.isEmpty() && pending.peekFirst().isDone())) {
            sink.accept(await(pending.removeFirst()));
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
