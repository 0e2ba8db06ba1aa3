package org.sitrep.cli;

import org.sitrep.core.Extraction;
import org.sitrep.io.ClaimJson;

/** How {@code sitrep extract} writes one article's extraction. Each rendering ends with a newline. */
enum OutputFormat {
    /** For people: a heading per article and an aligned row per claim. */
    TABLE {
        @Override
        String render(Extraction extraction, boolean explain) {
            return TableFormatter.format(extraction);
        }
    },
    /** The claim format: one line per article. */
    JSONL {
        @Override
        String render(Extraction extraction, boolean explain) {
            return ClaimJson.toLine(extraction, explain) + "\n";
        }
    },
    /** The claim format pretty-printed: one object per article, one after another. */
    JSON {
        @Override
        String render(Extraction extraction, boolean explain) {
            return ClaimJson.toPrettyJson(extraction, explain) + "\n";
        }
    };

    abstract String render(Extraction extraction, boolean explain);
}
