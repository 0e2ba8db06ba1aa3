package org.sitrep.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.core.Article;
import org.sitrep.io.ArticleReader;
import org.sitrep.io.ReadResult;

/**
 * The HTML pages of a WARC or WARC.gz file as articles, one record at a time. Only {@code response} records of a
 * 2xx HTML (or XHTML) capture become articles; requests, metadata, redirects, errors and other media are passed
 * over silently. A page is read as an HTML file would be, with the WARC record id as its id and the captured URL as
 * its url unless the page names its own. Inputs read {@code PATH@OFFSET}, the record's byte offset in the file.
 * A page without text or over the size limit is a reject; so is a malformed archive, which ends its file.
 */
final class WarcPages implements Iterator<ArticleRecord>, AutoCloseable {
    private final String path;
    private final InputStream in;
    private final ArticleReader reader;
    private final long maxBytes;
    private WarcReader warc;
    private ArticleRecord pending;
    private boolean done;

    WarcPages(String path, InputStream in, ArticleReader reader, long maxBytes) {
        this.path = path;
        this.in = in;
        this.reader = reader;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        while (pending == null && !done) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public ArticleRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ArticleRecord record = pending;
        pending = null;
        return record;
    }

    /** The next article or reject, or null after a record that gives neither (or at the end, setting done). */
    private ArticleRecord advance() {
        long offset = warc == null ? 0 : warc.position();
        try {
            if (warc == null) {
                warc = new WarcReader(in);
            }
            Optional<WarcRecord> record = warc.next();
            if (record.isEmpty()) {
                done = true;
                return null;
            }
            offset = record.get().position();
            return record.get() instanceof WarcResponse response ? page(response, path + "@" + offset) : null;
        } catch (IOException | RuntimeException e) {
            done = true;
            return ArticleRecord.rejected(path + "@" + offset, "malformed WARC: " + e.getMessage());
        }
    }

    private ArticleRecord page(WarcResponse response, String input) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException e) {
            return ArticleRecord.rejected(input, "malformed HTTP response: " + e.getMessage());
        }
        MediaType type = http.contentType().base();
        if (http.status() / 100 != 2 || !(type.equals(MediaType.HTML) || type.equals(MediaType.XHTML))) {
            return null;
        }
        byte[] body = http.bodyDecoded().stream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
        if (body.length > maxBytes) {
            return ArticleRecord.rejected(input, String.format("the page is over the %,d-byte limit", maxBytes));
        }
        String html = new String(body, charsetOf(http.contentType()));
        ReadResult result = reader.readHtml(input, response.id().toString(), html);
        if (result instanceof ReadResult.Loaded loaded && loaded.article().url() == null) {
            Article article = loaded.article();
            return ArticleRecord.of(input, new Article(article.id(), response.target(), article.outlet(),
                    article.title(), article.published(), article.text()));
        }
        return ArticleRecord.of(result);
    }

    private static Charset charsetOf(MediaType type) {
        String name = type.parameters().get("charset");
        try {
            return name != null && Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    @Override
    public void close() throws IOException {
        if (warc != null) {
            warc.close();
        }
        in.close();
    }
}
