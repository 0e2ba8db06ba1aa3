package org.sitrep.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages a WARC or WARC.gz file captured (a CC-NEWS file), one record at a time: each {@code response}
 * record of a 2xx capture with an HTML or XHTML content type, its body decoded (transfer and content encodings) and
 * read up to a size limit. Requests, metadata, redirects, errors and other media are passed over. A record whose
 * HTTP message is malformed, or whose page is over the limit, is a problem and reading goes on; a malformed archive
 * is a problem that ends the file. Both {@code sitrep ingest} and the Spark job read archives through this.
 * Not thread-safe; closing closes the stream.
 */
public final class WarcCaptures implements Iterator<WarcCaptures.Capture>, AutoCloseable {
    private final InputStream in;
    private final long maxBytes;
    private WarcReader warc;
    private Capture pending;
    private boolean done;

    /** What one record gave: a page, or a problem at its byte offset in the file. */
    public sealed interface Capture permits Page, Problem {
        /**
         * The record's byte offset in the (compressed) file; for a malformed archive, that of the last record read.
         */
        long offset();
    }

    /**
     * A captured HTML page.
     *
     * @param recordId the WARC-Record-ID
     * @param url the captured URL (WARC-Target-URI)
     * @param date when it was captured (WARC-Date)
     * @param contentType the HTTP Content-Type, with its parameters ({@code text/html; charset=...})
     */
    public record Page(long offset, String recordId, String url, Instant date, String contentType, byte[] body)
            implements Capture {
    }

    /**
     * A record that gave no page ({@code url} when known), or with {@code endsFile} a malformed archive after which
     * nothing more is read.
     */
    public record Problem(long offset, String url, String reason, boolean endsFile) implements Capture {
    }

    public WarcCaptures(InputStream in, long maxBytes) {
        this.in = in;
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
    public Capture next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Capture capture = pending;
        pending = null;
        return capture;
    }

    /** The next page or problem, or null after a record that gives neither (or at the end, setting done). */
    private Capture advance() {
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
            return record.get() instanceof WarcResponse response ? page(response, offset) : null;
        } catch (IOException | RuntimeException e) {
            done = true;
            return new Problem(offset, null, "malformed WARC: " + e.getMessage(), true);
        }
    }

    private Capture page(WarcResponse response, long offset) throws IOException {
        String url = response.target();
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException e) {
            return new Problem(offset, url, "malformed HTTP response: " + e.getMessage(), false);
        }
        MediaType type = http.contentType().base();
        if (http.status() / 100 != 2 || !(type.equals(MediaType.HTML) || type.equals(MediaType.XHTML))) {
            return null;
        }
        byte[] body;
        try (InputStream decoded = http.bodyDecoded().stream()) {
            body = decoded.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
        }
        if (body.length > maxBytes) {
            String reason = String.format(Locale.ROOT, "the page is over the %,d-byte limit", maxBytes);
            return new Problem(offset, url, reason, false);
        }
        return new Page(offset, response.id().toString(), url, response.date(), http.contentType().toString(), body);
    }

    @Override
    public void close() throws IOException {
        if (warc != null) {
            warc.close();
        }
        in.close();
    }
}
