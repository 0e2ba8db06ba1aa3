package org.sitrep.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from an input. Only {@code id} and {@code text} are required.
 *
 * @param published the publication date, or null when the input gives none
 */
public record Article(String id, String url, String outlet, String title, LocalDate published, String text) {
    public static final String LANGUAGE = "en";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Article of(String id, String text) {
        return new Article(id, null, null, null, null, text);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, url, outlet, title, date, text);
    }
}
