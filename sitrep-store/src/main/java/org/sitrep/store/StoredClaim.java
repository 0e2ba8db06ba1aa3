package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.core.Article;
import org.sitrep.core.Figure;

/**
 * A claim as stored, with its article. The figure's id is its stable id ({@link ClaimIds}).
 *
 * @param article the article's metadata: its id is the article key ({@link ContentHash#key}), its URL and outlet
 *     those of its first appearance with a URL; the text is left empty
 * @param date the date the figure holds for: its {@code time.end}, else the article's date; null when neither is known
 */
public record StoredClaim(Article article, LocalDate date, Figure figure) {
    public StoredClaim {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(figure, "figure");
    }

    public String claimId() {
        return figure.id();
    }
}
