package org.sitrep.cli;

/** How {@code sitrep claims} and {@code sitrep export} write stored claims. */
enum StoreFormat {
    /** For people: an aligned row per claim (claims only). */
    TABLE,
    /** The claim format: {@code claims} writes one line per claim, {@code export} one line per article. */
    JSONL,
    /** One row per claim under a header; the columns are in the README. */
    CSV,
    /** Export only: one row per figure series and date with its low / best / high estimate (docs/series.md). */
    ESTIMATES_CSV {
        @Override
        public String toString() {
            return "estimates-csv";
        }
    }
}
