package org.sitrep.store;

import java.time.Instant;
import java.util.Objects;
import org.sitrep.core.Article;

/**
 * An article as an input carried it: the text, and where and when it was seen.
 *
 * @param locator where the text was found: its URL, else the input it was read from ({@code corpus/a.txt},
 *     {@code feed.jsonl#3}); the same locator with another text is a new version of the article there
 * @param seenAt when it was read or fetched
 */
public record Sighting(Article article, String locator, Instant seenAt) {
    public Sighting {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(seenAt, "seenAt");
        if (locator.isBlank()) {
            throw new IllegalArgumentException("blank locator for article " + article.id());
        }
    }

    /** The article's URL when it has one, else {@code input}. */
    public static Sighting of(Article article, String input, Instant seenAt) {
        String url = article.url();
        return new Sighting(article, url != null && !url.isBlank() ? url : input, seenAt);
    }
}
