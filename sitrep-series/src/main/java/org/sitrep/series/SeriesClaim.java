package org.sitrep.series;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.core.Figure;

/**
 * One claim as the series builder reads it: a figure, the article that carries it and that article's date.
 *
 * @param claimId the claim's stable id (the store's, {@code "3f9c2a1b0d4e5f60"}); shown in every output
 * @param articleId the id of the article that carries it
 * @param outlet the article's outlet, or null when unknown
 * @param articleDate the article's publication date, or null when unknown
 */
public record SeriesClaim(String claimId, String articleId, String outlet, LocalDate articleDate, Figure figure) {
    public SeriesClaim {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(figure, "figure");
    }

    /** A claim whose id is the figure's own id. */
    public static SeriesClaim of(String articleId, LocalDate articleDate, Figure figure) {
        return new SeriesClaim(figure.id(), articleId, null, articleDate, figure);
    }

    /** The date the figure holds for: its {@code time.end}, else the article's date; null when neither is known. */
    public LocalDate date() {
        return figure.time() != null ? figure.time().end() : articleDate;
    }
}
