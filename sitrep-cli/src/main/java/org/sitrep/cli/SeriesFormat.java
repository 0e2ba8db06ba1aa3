package org.sitrep.cli;

/** How {@code sitrep series} writes series. */
enum SeriesFormat {
    /** For people: a row per series, or one series' timeline, revisions, conflicts, checks and estimates. */
    TABLE,
    /** "A series (v1)" of the claim format, one line per series. */
    JSONL,
    /** A row per series under a header, or one series' timeline, a row per claim. */
    CSV
}
