package org.sitrep.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sitrep.io.WarcCaptures;

/**
 * The HTML pages of a WARC or WARC.gz file (a CC-NEWS file), one item each, lazily ({@link WarcCaptures} reads the
 * records): a page becomes an article found at its target URI and seen at its WARC-Date. A record that gives no
 * page is a problem named by its URL; a malformed archive ends the file with one problem at its byte offset.
 */
final class WarcSource {
    private final HtmlPages pages;
    private final long maxBytes;

    WarcSource(HtmlPages pages, long maxBytes) {
        this.pages = pages;
        this.maxBytes = maxBytes;
    }

    Stream<Item> open(String input, Path path) {
        WarcCaptures captures;
        try {
            captures = new WarcCaptures(Files.newInputStream(path), maxBytes);
        } catch (IOException e) {
            return Stream.of(new Item.Problem(input, "cannot read the WARC file: " + e.getMessage(), false));
        }
        Spliterator<WarcCaptures.Capture> records = Spliterators.spliteratorUnknownSize(captures,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(records, false).map(capture -> item(input, capture))
                .onClose(() -> close(captures));
    }

    private Item item(String input, WarcCaptures.Capture capture) {
        if (capture instanceof WarcCaptures.Page page) {
            return pages.read(new Page(page.url(), page.contentType(), page.body()), page.url(),
                    HtmlPages.Hints.NONE, page.date());
        }
        WarcCaptures.Problem problem = (WarcCaptures.Problem) capture;
        String where = problem.url() != null ? problem.url() : input + "@" + problem.offset();
        return new Item.Problem(where, problem.reason(), false);
    }

    private static void close(WarcCaptures captures) {
        try {
            captures.close();
        } catch (IOException e) {
            // nothing was written; a failed close loses nothing
        }
    }
}
