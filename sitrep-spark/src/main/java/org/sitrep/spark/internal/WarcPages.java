package org.sitrep.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.netpreserve.jwarc.MediaType;
import org.sitrep.core.Article;
import org.sitrep.io.ArticleReader;
import org.sitrep.io.ReadResult;
import org.sitrep.io.WarcCaptures;

/**
 * The HTML pages of a WARC or WARC.gz file as articles, one record at a time ({@link WarcCaptures} reads the
 * records). A page is read as an HTML file would be, with the WARC record id as its id and the captured URL as its
 * url unless the page names its own. Inputs read {@code PATH@OFFSET}, the record's byte offset in the file. A page
 * without text or over the size limit is a reject; so is a malformed archive, which ends its file.
 */
final class WarcPages implements Iterator<ArticleRecord>, AutoCloseable {
    private final String path;
    private final ArticleReader reader;
    private final WarcCaptures captures;

    WarcPages(String path, InputStream in, ArticleReader reader, long maxBytes) {
        this.path = path;
        this.reader = reader;
        this.captures = new WarcCaptures(in, maxBytes);
    }

    @Override
    public boolean hasNext() {
        return captures.hasNext();
    }

    @Override
    public ArticleRecord next() {
        WarcCaptures.Capture capture = captures.next();
        String input = path + "@" + capture.offset();
        if (!(capture instanceof WarcCaptures.Page page)) {
            return ArticleRecord.rejected(input, ((WarcCaptures.Problem) capture).reason());
        }
        String html = new String(page.body(), charsetOf(page.contentType()));
        ReadResult result = reader.readHtml(input, page.recordId(), html);
        if (result instanceof ReadResult.Loaded loaded && loaded.article().url() == null) {
            Article article = loaded.article();
            return ArticleRecord.of(input, new Article(article.id(), page.url(), article.outlet(), article.title(),
                    article.published(), article.text()));
        }
        return ArticleRecord.of(result);
    }

    private static Charset charsetOf(String contentType) {
        try {
            String name = MediaType.parse(contentType).parameters().get("charset");
            return name != null && Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    @Override
    public void close() throws IOException {
        captures.close();
    }
}
