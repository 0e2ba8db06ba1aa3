package org.sitrep.store.internal;

import java.sql.SQLException;

/**
 * What stored articles left for a batch (schema version 2): their claims in the staging tables and their texts in
 * the full-text queue. Storing an article writes only append-only rows; {@link #move} puts everything waiting into
 * {@code claims}, {@code claim_sources} and the FTS5 index in one transaction, so each index page is written once
 * per batch instead of once per article. The store moves the backlog every {@value #BATCH} articles or
 * {@value #MAX_AGE_SECONDS} seconds, before it answers from the claims or the index, and when it opens a file. The
 * counts here only decide when; the tables are the backlog. Not thread-safe; the store serialises access.
 */
public final class Backlog {
    static final int BATCH = 1_000;
    static final int MAX_AGE_SECONDS = 2;
    private static final long MAX_AGE_NANOS = MAX_AGE_SECONDS * 1_000_000_000L;

    private final Sql sql;
    private long waiting;
    private long firstWaitingAt;

    public Backlog(Sql sql) {
        this.sql = sql;
    }

    /** Counts what a file opened with has waiting (left by a process that was killed), in rows. */
    public void countWaiting() throws SQLException {
        Long count = sql.queryLong("SELECT (SELECT count(*) FROM articles_fts_queue) "
                + "+ (SELECT count(*) FROM claims_staging)");
        added(count == null ? 0 : count);
    }

    /** Notes that committed transactions added {@code rows} more to the backlog (stored articles, as put counts). */
    public void added(long rows) {
        if (waiting == 0 && rows > 0) {
            firstWaitingAt = System.nanoTime();
        }
        waiting += rows;
    }

    public boolean any() {
        return waiting > 0;
    }

    /** Whether the backlog is long or old enough to move now. */
    public boolean due() {
        return waiting >= BATCH || waiting > 0 && System.nanoTime() - firstWaitingAt >= MAX_AGE_NANOS;
    }

    /**
     * Moves the staged claims, with their article's current flag, and indexes the queued texts, emptying both; the
     * caller wraps it in a transaction and, once that commits, calls {@link #moved}.
     */
    public void move() throws SQLException {
        sql.update("INSERT INTO claims (" + ClaimRows.CLAIM_COLUMNS + ", current) SELECT " + ClaimRows.CLAIM_COLUMNS
                + ", (SELECT a.current FROM articles a WHERE a.id = article_id) FROM claims_staging ORDER BY id");
        sql.update("INSERT INTO claim_sources (" + ClaimRows.SOURCE_COLUMNS + ") SELECT " + ClaimRows.SOURCE_COLUMNS
                + " FROM claim_sources_staging ORDER BY claim_id, position");
        sql.update("DELETE FROM claim_sources_staging");
        sql.update("DELETE FROM claims_staging");
        sql.update("INSERT INTO articles_fts (rowid, title, text) SELECT a.id, a.title, a.text "
                + "FROM articles_fts_queue q JOIN articles a ON a.id = q.article_id ORDER BY q.article_id");
        sql.update("DELETE FROM articles_fts_queue");
    }

    /** After the transaction of {@link #move} committed. */
    public void moved() {
        waiting = 0;
    }
}
