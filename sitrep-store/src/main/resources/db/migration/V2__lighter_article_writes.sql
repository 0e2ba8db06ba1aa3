-- Schema version 2: a lighter write for each stored article (ingest was bound by the one writing thread, and
-- committing an article meant writing some 55 database pages, a third of them for the claim indexes).
--
-- 1. Two claim indexes fewer. A country alone is answered from claims_by_country_measure, one range per measure
--    merged by date (see ClaimFilter); a role alone, like a source or a text, from the date-ordered scan, which
--    meets a page of even the rarest role within a few thousand rows.
DROP INDEX claims_by_country;
DROP INDEX claims_by_role;

-- 2. Claims and new texts reach their indexes in batches, not one article at a time.
--
-- An article's claims touch a page of every claim index (one per measure, country, source... they name) and its
-- text adds an FTS5 segment; written in every one-article transaction, that was most of the time it took to store
-- an article. Now the article's own transaction writes its claims, with their final row ids, to the append-only
-- staging tables below and queues its text; the store moves them into claims, claim_sources and the full-text
-- index in one transaction every thousand articles or two seconds, before it answers a query, and when it opens
-- a file a killed process left with a backlog. A claim is staged or stored, a text queued or indexed, never both
-- and never neither, because each move is one transaction. Staged claims take their article's current flag when
-- they move.
--
-- The staging tables have the columns of their targets (no constraints, no indexes: rows only pass through).
CREATE TABLE claims_staging AS SELECT * FROM claims WHERE 0;
CREATE TABLE claim_sources_staging AS SELECT * FROM claim_sources WHERE 0;

-- Batches write few, large FTS5 segments, and FTS5 merges segments only as it writes: merging two of a level
-- instead of four keeps the segments a text query has to probe few (a claims page filtered by a common word
-- probes the index once per claim row it meets).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 2);

CREATE TABLE articles_fts_queue (
    article_id INTEGER PRIMARY KEY   -- kept in step with articles by the triggers below
);

DROP TRIGGER articles_fts_insert;
CREATE TRIGGER articles_fts_enqueue AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts_queue (article_id) VALUES (new.id);
END;

-- A deleted article leaves the queue if it was still waiting there, the index otherwise.
DROP TRIGGER articles_fts_delete;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
        SELECT 'delete', old.id, old.title, old.text
        WHERE NOT EXISTS (SELECT 1 FROM articles_fts_queue WHERE article_id = old.id);
    DELETE FROM articles_fts_queue WHERE article_id = old.id;
END;
