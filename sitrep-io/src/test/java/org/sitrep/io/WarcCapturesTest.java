package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcCapturesTest {
    private static final Instant CRAWLED = Instant.parse("2025-01-13T08:00:00Z");

    @Test
    void givesTheHtmlPagesOfAGzippedArchiveAndPassesOverEverythingElse() throws Exception {
        byte[] warc = warc(WarcCompression.GZIP, true);
        List<WarcCaptures.Capture> captures = read(warc, 1_000);
        assertThat(captures).hasSize(3);
        assertThat(captures.get(0)).isInstanceOfSatisfying(WarcCaptures.Page.class, page -> {
            assertThat(page.url()).isEqualTo("https://news.example/kharkiv");
            assertThat(page.date()).isEqualTo(CRAWLED);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("12 people were killed");
            assertThat(page.recordId()).startsWith("urn:uuid:");
        });
        assertThat(captures.get(1)).isInstanceOfSatisfying(WarcCaptures.Page.class,
                page -> assertThat(page.url()).isEqualTo("https://news.example/xhtml"));
        assertThat(captures.get(2)).isInstanceOfSatisfying(WarcCaptures.Problem.class, problem -> {
            assertThat(problem.url()).isEqualTo("https://news.example/long");
            assertThat(problem.reason()).isEqualTo("the page is over the 1,000-byte limit");
            assertThat(problem.endsFile()).isFalse();
        });
        assertThat(captures).extracting(WarcCaptures.Capture::offset).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void endsWithOneProblemWhereTheArchiveIsMalformedKeepingThePagesBefore() throws Exception {
        byte[] good = warc(WarcCompression.NONE, false);
        byte[] garbage = "WARC/1.1\r\nnot a header at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] broken = new byte[good.length + garbage.length];
        System.arraycopy(good, 0, broken, 0, good.length);
        System.arraycopy(garbage, 0, broken, good.length, garbage.length);
        List<WarcCaptures.Capture> captures = read(broken, 1_000);
        assertThat(captures).first().isInstanceOf(WarcCaptures.Page.class);
        assertThat(captures).last().isInstanceOfSatisfying(WarcCaptures.Problem.class, problem -> {
            assertThat(problem.reason()).startsWith("malformed WARC");
            assertThat(problem.endsFile()).isTrue();
            assertThat(problem.offset()).isPositive().isLessThan(good.length);
        });
    }

    @Test
    void readsNothingButOneProblemFromBytesThatAreNoArchive() throws Exception {
        List<WarcCaptures.Capture> captures = read("<html>not an archive</html>".getBytes(StandardCharsets.UTF_8),
                1_000);
        assertThat(captures).singleElement().isInstanceOfSatisfying(WarcCaptures.Problem.class,
                problem -> assertThat(problem.endsFile()).isTrue());
    }

    private static List<WarcCaptures.Capture> read(byte[] warc, long maxBytes) throws IOException {
        List<WarcCaptures.Capture> captures = new ArrayList<>();
        try (WarcCaptures reader = new WarcCaptures(new ByteArrayInputStream(warc), maxBytes)) {
            reader.forEachRemaining(captures::add);
        }
        return captures;
    }

    /** A Kharkiv page, a request, an image, a 404, a redirect, an XHTML page and, with {@code long}, a long page. */
    private static byte[] warc(WarcCompression compression, boolean withLong) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), compression)) {
            writer.write(response("https://news.example/kharkiv", 200, MediaType.HTML_UTF8,
                    "<html><body><p>In Kharkiv 12 people were killed.</p></body></html>"));
            writer.write(new WarcRequest.Builder("https://news.example/kharkiv").date(CRAWLED).build());
            writer.write(response("https://news.example/logo.png", 200, MediaType.parse("image/png"), "PNG..."));
            writer.write(response("https://news.example/gone", 404, MediaType.HTML_UTF8, "<p>Gone.</p>"));
            writer.write(response("https://news.example/moved", 301, MediaType.HTML_UTF8, "<p>Moved.</p>"));
            writer.write(response("https://news.example/xhtml", 200, MediaType.parse("application/xhtml+xml"),
                    "<html><body><p>Three soldiers were wounded.</p></body></html>"));
            if (withLong) {
                writer.write(response("https://news.example/long", 200, MediaType.HTML_UTF8,
                        "<p>" + "word ".repeat(400) + "</p>"));
            }
        }
        return bytes.toByteArray();
    }

    private static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
    }
}
