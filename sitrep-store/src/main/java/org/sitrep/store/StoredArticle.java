package org.sitrep.store;

import java.util.Objects;
import org.sitrep.core.Article;

/**
 * An article as stored: its text and metadata, the rule version whose claims are stored, and whether it is current
 * (some locator still carries this text).
 *
 * @param id the store's row id
 * @param article the article, its id being the article key ({@link ContentHash#key})
 */
public record StoredArticle(long id, String contentHash, Article article, String extractorVersion, boolean current) {
    public StoredArticle {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
    }
}
