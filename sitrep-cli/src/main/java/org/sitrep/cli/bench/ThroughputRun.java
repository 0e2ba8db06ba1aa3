package org.sitrep.cli.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.core.Article;
import org.sitrep.extract.Extractor;

/**
 * Runs one extractor over a corpus again and again for a while, on a given number of threads. Threads share the
 * corpus through a work-stealing counter: each takes the next index, wrapping around at the end. Claim counts
 * are summed so the work cannot be optimised away.
 */
public final class ThroughputRun {
    private final Extractor extractor;
    private final List<Article> corpus;
    private final int[] textBytes;

    public ThroughputRun(Extractor extractor, List<Article> corpus) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the corpus is empty");
        }
        this.extractor = extractor;
        this.corpus = List.copyOf(corpus);
        this.textBytes = this.corpus.stream().mapToInt(article -> CorpusGenerator.utf8Length(article.text())).toArray();
    }

    /** The UTF-8 bytes of all the corpus's texts. */
    public long textBytes() {
        long total = 0;
        for (int bytes : textBytes) {
            total += bytes;
        }
        return total;
    }

    /** Extracts on {@code threads} threads until {@code duration} has passed, then reports what got done. */
    public Measurement measure(int threads, Duration duration) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        long[] deadline = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(worker(next, start, deadline)));
            }
            long began = System.nanoTime();
            deadline[0] = began + duration.toNanos();
            start.countDown();
            long articles = 0;
            long bytes = 0;
            long claims = 0;
            for (Future<long[]> worker : workers) {
                long[] done = worker.get();
                articles += done[0];
                bytes += done[1];
                claims += done[2];
            }
            return new Measurement(threads, articles, Math.max(1, System.nanoTime() - began), bytes, claims);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the extractor failed during the benchmark: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Counts articles, text bytes and claims; {@code deadline[0]} is written before {@code start} opens. */
    private Callable<long[]> worker(AtomicInteger next, CountDownLatch start, long[] deadline) {
        return () -> {
            start.await();
            long end = deadline[0];
            long articles = 0;
            long bytes = 0;
            long claims = 0;
            while (System.nanoTime() - end < 0) {
                int index = Math.floorMod(next.getAndIncrement(), corpus.size());
                claims += extractor.extract(corpus.get(index)).claims().size();
                bytes += textBytes[index];
                articles++;
            }
            return new long[] {articles, bytes, claims};
        };
    }
}
