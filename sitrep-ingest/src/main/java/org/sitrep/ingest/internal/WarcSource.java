package org.sitrep.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML responses of a WARC or WARC.gz file (a CC-NEWS file), one item each, lazily: a response with status 200
 * and an HTML content type becomes an article found at its target URI and seen at its WARC-Date. Requests, metadata,
 * redirects and other media are passed over silently; an unreadable file or record ends the file with one problem.
 */
final class WarcSource {
    private final HtmlPages pages;
    private final long maxBytes;

    WarcSource(HtmlPages pages, long maxBytes) {
        this.pages = pages;
        this.maxBytes = maxBytes;
    }

    Stream<Item> open(String input, Path path) {
        WarcReader reader;
        try {
            reader = new WarcReader(path);
        } catch (IOException | IllegalArgumentException e) {
            return Stream.of(new Item.Problem(input, "cannot read the WARC file: " + e.getMessage(), false));
        }
        Iterator<WarcRecord> records = reader.iterator();
        Spliterator<Item> items = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            private boolean broken;

            @Override
            public boolean tryAdvance(Consumer<? super Item> action) {
                while (!broken) {
                    try {
                        if (!records.hasNext()) {
                            return false;
                        }
                        Optional<Item> item = item(records.next());
                        if (item.isPresent()) {
                            action.accept(item.get());
                            return true;
                        }
                    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                        broken = true;
                        action.accept(new Item.Problem(input + "@" + reader.position(),
                                "bad WARC record: " + e.getMessage(), false));
                        return true;
                    }
                }
                return false;
            }
        };
        return StreamSupport.stream(items, false).onClose(() -> close(reader));
    }

    private Optional<Item> item(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return Optional.empty();
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return Optional.empty();
        }
        String type = http.contentType().base().toString();
        if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
            return Optional.empty();
        }
        String url = response.target();
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
        }
        if (body.length > maxBytes) {
            return Optional.of(new Item.Problem(url, String.format("the page is over the %,d-byte limit", maxBytes),
                    false));
        }
        Page page = new Page(url, http.contentType().toString(), body);
        return Optional.of(pages.read(page, url, HtmlPages.Hints.NONE, response.date()));
    }

    private static void close(WarcReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing was written; a failed close loses nothing
        }
    }
}
