package org.sitrep.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sitrep.core.Article;
import org.sitrep.core.Extraction;
import org.sitrep.store.internal.ArticleWriter;
import org.sitrep.store.internal.Articles;
import org.sitrep.store.internal.Backlog;
import org.sitrep.store.internal.ClaimReader;
import org.sitrep.store.internal.Database;
import org.sitrep.store.internal.RunLog;
import org.sitrep.store.internal.Sql;

/**
 * The front door of the store: one SQLite file holding articles (one row per distinct text), their appearances
 * (every locator that carried the text), claims with stable ids ({@link ClaimIds}), sources, cues, mentions, runs
 * and a full-text index. {@link #open} creates or migrates the file.
 *
 * <p>Each {@link #put} is one transaction, so a process killed at any moment loses at most the article in flight,
 * and putting the same sightings again changes nothing. The transaction writes the article's claims to staging
 * tables; they move into the indexed claim tables, and its text into the full-text index, in batches (see
 * {@link #flush}), which every read of this store waits for and which opening a file completes. Thread-safe: calls
 * are serialised over one connection. Every failure of the file or the SQL is a {@link StoreException}.
 */
public final class ClaimStore implements AutoCloseable {
    private final Path path;
    private final Clock clock;
    private final Sql sql;
    private final ArticleWriter writer;
    private final ClaimReader reader;
    private final Articles articles;
    private final RunLog runs;
    private final Backlog backlog;

    private ClaimStore(Path path, Clock clock, Sql sql) {
        this.path = path;
        this.clock = clock;
        this.sql = sql;
        this.writer = new ArticleWriter(sql);
        this.reader = new ClaimReader(sql);
        this.articles = new Articles(sql);
        this.runs = new RunLog(sql);
        this.backlog = new Backlog(sql);
    }

    /** Opens the store at {@code path}, creating it or migrating an older one; refuses one from a newer sitrep. */
    public static ClaimStore open(Path path) {
        return open(path, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps fetch, extraction and run times. */
    public static ClaimStore open(Path path, Clock clock) {
        Objects.requireNonNull(path, "path");
        ClaimStore store = new ClaimStore(path, Objects.requireNonNull(clock, "clock"), new Sql(Database.open(path)));
        try {
            store.call(() -> {
                store.backlog.countWaiting();
                return null;
            });
            store.flush();
        } catch (RuntimeException e) {
            try {
                store.sql.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return store;
    }

    public Path path() {
        return path;
    }

    /** Whether a text with this {@link ContentHash} is stored: if so, {@link #put} will not need its extraction. */
    public synchronized boolean knows(String contentHash) {
        return call(() -> articles.knows(contentHash));
    }

    /**
     * Stores one sighting in one transaction. A new text is stored with the claims {@code extraction} gives (called
     * only then, inside the transaction); a known text is recorded as an appearance at the sighting's locator.
     * A new text's claims and words reach the indexes with a batch of others, within seconds (see {@link #flush});
     * this store's own reads always see them.
     */
    public synchronized PutOutcome put(Sighting sighting, String extractorVersion, Supplier<Extraction> extraction) {
        if (backlog.due()) {
            moveBacklog();
        }
        String hash = ContentHash.of(sighting.article().text());
        PutOutcome outcome = call(() -> transaction(() ->
                writer.put(sighting, hash, extractorVersion, extraction, clock.instant(), true)));
        backlog.added(newTexts(List.of(outcome)));
        return outcome;
    }

    /** Stores many sightings in one transaction: for bulk loads (benchmarks, imports), not for crash-safe ingestion. */
    public synchronized List<PutOutcome> putAll(List<Sighting> sightings, String extractorVersion,
            Function<Article, Extraction> extractor) {
        List<PutOutcome> stored = call(() -> transaction(() -> {
            List<PutOutcome> outcomes = new ArrayList<>(sightings.size());
            for (Sighting sighting : sightings) {
                String hash = ContentHash.of(sighting.article().text());
                outcomes.add(writer.put(sighting, hash, extractorVersion,
                        () -> extractor.apply(sighting.article()), clock.instant(), false));
            }
            return outcomes;
        }));
        backlog.added(newTexts(stored));
        if (backlog.due()) {
            moveBacklog();
        }
        return stored;
    }

    /**
     * Moves every stored article's claims and text into the claim and full-text indexes now. {@link #put} does so in
     * batches on its own, and every read of claims, {@link #check}, the end of a run and {@link #close} call this
     * first; a caller that wants another process to see the newest claims at once calls it too.
     */
    public synchronized void flush() {
        if (backlog.any()) {
            moveBacklog();
        }
    }

    /** One page of the current claims matching {@code query}, newest first. */
    public synchronized List<StoredClaim> claims(ClaimQuery query) {
        flush();
        return call(() -> reader.page(query));
    }

    /** Every current claim, article by article in storage order, streamed in chunks. */
    public synchronized void forEachClaim(Consumer<StoredClaim> consumer) {
        flush();
        call(() -> {
            reader.forEach(consumer);
            return null;
        });
    }

    /** The claims stored for the article with row id {@code articleId}, current or not, in the extraction's order. */
    public synchronized List<StoredClaim> claimsOf(long articleId) {
        flush();
        return call(() -> reader.ofArticle(articleId));
    }

    public synchronized Optional<StoredArticle> article(long id) {
        return call(() -> articles.byId(id));
    }

    /** Row ids of the articles whose claims another rule version than {@code version} made; all when null. */
    public synchronized List<Long> articleIds(String notVersion) {
        return call(() -> articles.ids(notVersion));
    }

    /** Replaces an article's claims with a newer extractor's, in one transaction; returns how many it stored. */
    public synchronized int replaceClaims(long articleId, Extraction extraction, String extractorVersion) {
        flush();
        return call(() -> transaction(() ->
                writer.replaceClaims(articleId, extraction, extractorVersion, clock.instant())));
    }

    /** Records the start of an ingest run; returns its id. */
    public synchronized long startRun(String command, List<String> inputs) {
        return call(() -> runs.start(command, inputs, clock.instant()));
    }

    /** Records an input the run could not use: a failure, or with {@code skipped} one left alone on purpose. */
    public synchronized void recordFailure(long runId, String input, String reason, boolean skipped) {
        call(() -> {
            runs.failure(runId, input, reason, skipped, clock.instant());
            return null;
        });
    }

    /** Writes the run's counts so far; with {@code finished}, marks it finished. */
    public synchronized void updateRun(long runId, RunCounts counts, boolean finished) {
        if (finished) {
            flush();
        }
        call(() -> {
            runs.update(runId, counts, finished ? clock.instant() : null);
            return null;
        });
    }

    public synchronized List<RunFailure> failures(long runId) {
        return call(() -> runs.failures(runId));
    }

    public synchronized StoreCounts counts() {
        flush();
        return call(articles::counts);
    }

    /** What is wrong with the store, empty when it is consistent (see {@link Articles#check()}). */
    public synchronized List<String> check() {
        flush();
        return call(articles::check);
    }

    /** Closes the file, first letting SQLite refresh the statistics its query planner uses (quick, bounded). */
    @Override
    public synchronized void close() {
        call(() -> {
            try {
                if (backlog.any()) {
                    transaction(() -> {
                        backlog.move();
                        return null;
                    });
                }
                sql.optimize();
            } finally {
                sql.close();
            }
            return null;
        });
    }

    private void moveBacklog() {
        call(() -> transaction(() -> {
            backlog.move();
            return null;
        }));
        backlog.moved();
    }

    private static long newTexts(List<PutOutcome> outcomes) {
        return outcomes.stream().filter(o -> o.kind() == PutOutcome.Kind.NEW || o.kind() == PutOutcome.Kind.NEW_VERSION)
                .count();
    }

    private <T> T transaction(SqlCall<T> work) throws SQLException {
        try {
            return sql.inTransaction(work::run);
        } catch (SQLException | RuntimeException e) {
            writer.rolledBack();
            throw e;
        }
    }

    private <T> T call(SqlCall<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("store " + path + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }
}
