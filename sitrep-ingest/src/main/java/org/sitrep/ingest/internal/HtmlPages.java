package org.sitrep.ingest.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.sitrep.core.Article;
import org.sitrep.io.ArticleReader;
import org.sitrep.io.ReadResult;
import org.sitrep.store.Sighting;

/**
 * An HTML page (fetched or archived) as an item: its main text read by sitrep-io's HTML reader, with what the
 * context knows (the URL it was found at, a feed entry's title, date and outlet) filling what the page leaves out.
 * The locator is always the URL the page was asked for, so the same link gives the same locator on every run.
 */
final class HtmlPages {
    private final ArticleReader reader;

    HtmlPages(ArticleReader reader) {
        this.reader = reader;
    }

    Item read(Page page, String url, Hints hints, Instant seenAt) {
        if (!page.isHtml()) {
            String type = page.mediaType().isEmpty() ? "no content type" : page.mediaType();
            return new Item.Problem(url, "not an HTML page (" + type + ")", false);
        }
        ReadResult result = reader.readHtml(url, url, page.text());
        if (result instanceof ReadResult.Loaded loaded) {
            Article article = hints.fill(loaded.article(), url);
            return new Item.Found(url, new Sighting(article, url, seenAt));
        }
        String reason = result instanceof ReadResult.Failed failed ? failed.reason()
                : ((ReadResult.Skipped) result).reason();
        return new Item.Problem(url, reason, false);
    }

    /** What the context says about a page: each used only where the page itself says nothing. */
    record Hints(String title, LocalDate published, String outlet) {
        static final Hints NONE = new Hints(null, null, null);

        Article fill(Article article, String url) {
            return new Article(article.id(), article.url() != null ? article.url() : url,
                    article.outlet() != null ? article.outlet() : outlet,
                    article.title() != null ? article.title() : title,
                    article.published() != null ? article.published() : published, article.text());
        }
    }
}
