package org.sitrep.spark.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.core.Article;
import org.sitrep.io.ReadResult;

/**
 * What reading gave for one input, in a form Spark can ship between executors: an article, or the reason there is
 * none (a reject).
 *
 * @param input where it came from: {@code PATH}, {@code PATH#LINE}, {@code PATH#N} or {@code PATH@OFFSET}
 * @param reason null for an article; otherwise why the input is rejected, and the article fields are null
 */
public record ArticleRecord(String input, String id, String url, String outlet, String title, LocalDate published,
        String text, String reason) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ArticleRecord {
        Objects.requireNonNull(input, "input");
        if ((reason == null) == (id == null || text == null)) {
            throw new IllegalArgumentException("a record is either an article or a reject: " + input);
        }
    }

    static ArticleRecord of(String input, Article article) {
        return new ArticleRecord(input, article.id(), article.url(), article.outlet(), article.title(),
                article.published(), article.text(), null);
    }

    static ArticleRecord rejected(String input, String reason) {
        return new ArticleRecord(input, null, null, null, null, null, null, reason);
    }

    static ArticleRecord of(ReadResult result) {
        if (result instanceof ReadResult.Loaded loaded) {
            return of(loaded.input(), loaded.article());
        }
        if (result instanceof ReadResult.Failed failed) {
            return rejected(failed.input(), failed.reason());
        }
        ReadResult.Skipped skipped = (ReadResult.Skipped) result;
        return rejected(skipped.input(), "skipped: " + skipped.reason());
    }

    boolean isRejected() {
        return reason != null;
    }

    Article article() {
        return new Article(id, url, outlet, title, published, text);
    }
}
