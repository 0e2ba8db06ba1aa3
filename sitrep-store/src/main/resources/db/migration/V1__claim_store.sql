-- The claim store, schema version 1. Dates are ISO-8601 text (yyyy-mm-dd), instants ISO-8601 UTC text.

-- One row per distinct text (content hash): syndicated copies share a row; a changed text is a new row.
CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    content_hash      TEXT    NOT NULL UNIQUE,  -- SHA-256 of the UTF-8 text, lower-case hex
    text              TEXT    NOT NULL,
    title             TEXT,
    published         TEXT,
    fetched_at        TEXT    NOT NULL,         -- when this text was first stored
    extractor_version TEXT    NOT NULL,         -- the rule version whose claims are stored
    extracted_at      TEXT    NOT NULL,
    current           INTEGER NOT NULL DEFAULT 1 -- 0 once every place that carried it carries a newer version
);

-- Every place an article's text was seen: a URL, or the input (file, JSONL line) it was read from.
CREATE TABLE appearances (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id),
    locator     TEXT    NOT NULL,   -- the URL, else the input as read ("corpus/a.txt", "feed.jsonl#3")
    url         TEXT,
    outlet      TEXT,
    input_id    TEXT,               -- the article id the reader gave
    first_seen  TEXT    NOT NULL,
    last_seen   TEXT    NOT NULL,
    replaced_at TEXT,               -- set when the locator later carried a different text
    replaced_by INTEGER REFERENCES articles (id)
);
CREATE UNIQUE INDEX appearances_locator_article ON appearances (locator, article_id);
CREATE UNIQUE INDEX appearances_current_locator ON appearances (locator) WHERE replaced_at IS NULL;
CREATE INDEX appearances_article ON appearances (article_id);

-- Whoever is cited, once per (name, kind, country): "everything the NIS said" is a query on this table.
CREATE TABLE sources (
    id      INTEGER PRIMARY KEY,
    key     TEXT NOT NULL UNIQUE,   -- lower(name) | kind | country
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    country TEXT
);
-- Every wording that named a source ("a South Korean lawmaker"), so --source finds it by the words too.
CREATE TABLE source_texts (
    source_id INTEGER NOT NULL REFERENCES sources (id),
    text      TEXT    NOT NULL,
    PRIMARY KEY (source_id, text)
) WITHOUT ROWID;

CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    claim_id        TEXT    NOT NULL UNIQUE,  -- the stable id (see ClaimIds)
    article_id      INTEGER NOT NULL REFERENCES articles (id),
    ordinal         INTEGER NOT NULL,         -- position in the article's extraction, from 1
    type            TEXT    NOT NULL,
    measure         TEXT    NOT NULL,
    subject_text    TEXT,
    subject_country TEXT,
    subject_role    TEXT    NOT NULL,
    subject_start   INTEGER,
    subject_end     INTEGER,
    value_text      TEXT,
    value_low       INTEGER,
    value_high      INTEGER,
    value_approx    INTEGER NOT NULL,
    value_start     INTEGER,
    value_end       INTEGER,
    certainty       TEXT    NOT NULL,
    place_name      TEXT,
    place_text      TEXT,
    place_country   TEXT,
    place_lat       REAL,
    place_lon       REAL,
    place_precision TEXT,
    place_start     INTEGER,
    place_end       INTEGER,
    time_text       TEXT,
    time_start      TEXT,
    time_end        TEXT,
    time_precision  TEXT,
    time_span_start INTEGER,
    time_span_end   INTEGER,
    cues            TEXT,                     -- JSON array of {"text","kind","start","end"}, in text order
    mentions        TEXT    NOT NULL,         -- the sentences stating it: "start-end" offset pairs, space-separated
    explain         TEXT,                     -- JSON object: field -> rule
    date            TEXT,                     -- the date the figure holds for: time_end, else published
    current         INTEGER NOT NULL DEFAULT 1 -- the article's current flag, copied for the indexes below
);
CREATE INDEX claims_article ON claims (article_id);
-- One index per `claims` filter, each ordered by the page order (date, id) so a page of 50 stops early.
CREATE INDEX claims_by_date ON claims (date, id) WHERE current = 1;
CREATE INDEX claims_by_measure ON claims (measure, date, id) WHERE current = 1;
CREATE INDEX claims_by_country ON claims (subject_country, date, id) WHERE current = 1;
CREATE INDEX claims_by_role ON claims (subject_role, date, id) WHERE current = 1;
CREATE INDEX claims_by_country_measure ON claims (subject_country, measure, date, id) WHERE current = 1;

CREATE TABLE claim_sources (
    claim_id   INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,   -- 0 is whom the article cites; each later one is whom the one before cites
    source_id  INTEGER NOT NULL REFERENCES sources (id),
    text       TEXT,
    span_start INTEGER,
    span_end   INTEGER,
    PRIMARY KEY (claim_id, position)
) WITHOUT ROWID;
CREATE INDEX claim_sources_source ON claim_sources (source_id, claim_id);

-- What was ingested when. A run without finished_at was interrupted.
CREATE TABLE runs (
    id           INTEGER PRIMARY KEY,
    command      TEXT    NOT NULL,
    inputs       TEXT    NOT NULL,
    started_at   TEXT    NOT NULL,
    finished_at  TEXT,
    articles     INTEGER NOT NULL DEFAULT 0,  -- new texts stored
    versions     INTEGER NOT NULL DEFAULT 0,  -- of which new versions of a locator
    appearances  INTEGER NOT NULL DEFAULT 0,  -- known texts seen at a new locator
    unchanged    INTEGER NOT NULL DEFAULT 0,  -- known texts seen again where they were
    claims       INTEGER NOT NULL DEFAULT 0,
    failures     INTEGER NOT NULL DEFAULT 0,
    skipped      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE run_failures (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER NOT NULL REFERENCES runs (id),
    input   TEXT    NOT NULL,
    reason  TEXT    NOT NULL,
    skipped INTEGER NOT NULL DEFAULT 0,       -- 1: left alone on purpose (a file of another type), not a failure
    at      TEXT    NOT NULL
);
CREATE INDEX run_failures_run ON run_failures (run_id);

-- Full-text search over article titles and texts; external content, kept in step by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles', content_rowid = 'id');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
