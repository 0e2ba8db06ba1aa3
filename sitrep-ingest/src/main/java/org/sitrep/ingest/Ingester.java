package org.sitrep.ingest;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.sitrep.core.Extraction;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.internal.Pipeline;
import org.sitrep.ingest.internal.ReadAhead;
import org.sitrep.ingest.internal.Sources;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.RunCounts;
import org.sitrep.store.StoredArticle;

/**
 * The front door of ingestion: reader → extractor → store, each on threads of its own (one reading ahead, a pool
 * extracting, the calling thread storing). Inputs are files and folders (as {@code sitrep extract} reads them), WARC
 * and WARC.gz archives, RSS and Atom feeds (a file, or a URL whose entries' pages are fetched) and
 * single pages by URL. Each article is stored in its own transaction, so killing the process loses at most the
 * article in flight, and running the same inputs again stores nothing twice. A bad input is recorded in the run with
 * its reason and the run goes on. One ingester serves one run at a time.
 */
public final class Ingester {
    private final ClaimStore store;
    private final Extractor extractor;
    private final IngestOptions options;
    private final Sources sources;

    private Ingester(ClaimStore store, Extractor extractor, IngestOptions options) {
        this.store = store;
        this.extractor = extractor;
        this.options = options;
        this.sources = new Sources(options);
    }

    public static Ingester create(ClaimStore store, Extractor extractor, IngestOptions options) {
        return new Ingester(Objects.requireNonNull(store, "store"), Objects.requireNonNull(extractor, "extractor"),
                Objects.requireNonNull(options, "options"));
    }

    /** Ingests {@code inputs} in order ({@code "-"} reads {@code stdin}) as one run recorded in the store. */
    public IngestReport run(List<String> inputs, InputStream stdin, IngestListener listener)
            throws InterruptedException {
        long began = System.nanoTime();
        long runId = store.startRun("ingest", inputs);
        try (Pipeline pipeline = new Pipeline(store, extractor, options.threads(), runId, listener);
                ReadAhead ahead = ReadAhead.start(inputs,
                        (input, expecting) -> sources.open(input, stdin, expecting))) {
            ahead.drain(pipeline::accept, listener::expecting);
            RunCounts counts = pipeline.finish();
            return new IngestReport(runId, counts, Duration.ofNanos(System.nanoTime() - began));
        }
    }

    /**
     * Runs this extractor over stored articles whose claims an older rule version made (every article with
     * {@code all}), replacing their claims, one transaction per article. An article the extractor fails on keeps its
     * claims and is reported to {@code listener}. Returns how many articles it re-ran.
     */
    public long reextract(boolean all, IngestListener listener) {
        List<Long> ids = store.articleIds(all ? null : Extractor.VERSION);
        listener.expecting(ids.size());
        long done = 0;
        for (long id : ids) {
            StoredArticle stored = store.article(id).orElseThrow();
            Extraction extraction;
            try {
                extraction = extractor.extract(stored.article());
            } catch (RuntimeException | StackOverflowError e) {
                listener.failed(stored.article().id(), "extraction failed: " + e, false);
                continue;
            }
            store.replaceClaims(id, extraction, Extractor.VERSION);
            done++;
        }
        return done;
    }
}
