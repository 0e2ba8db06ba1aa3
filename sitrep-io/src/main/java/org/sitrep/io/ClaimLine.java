package org.sitrep.io;

import java.util.Objects;
import org.sitrep.core.Extraction;

/**
 * A claim line read back by {@link ClaimJson#readLine}.
 *
 * @param extraction the article and its claims; the article's text is empty when the line carries none
 * @param extractorVersion the line's {@code extractor_version}, or null when it has none
 */
public record ClaimLine(Extraction extraction, String extractorVersion) {
    public ClaimLine {
        Objects.requireNonNull(extraction, "extraction");
    }

    /** Whether the line carried the article's text (a non-empty {@code article.text}). */
    public boolean hasText() {
        return !extraction.article().text().isEmpty();
    }
}
