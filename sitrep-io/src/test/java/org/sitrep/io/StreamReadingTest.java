package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;

class StreamReadingTest {
    private final ArticleReader reader = ArticleReader.create(ReadOptions.defaults());

    @Test
    void readsJsonlStreamAsAFileOfThatNameWithLineIds() {
        String jsonl = """
                {"id": "a1", "text": "First.", "published": "2024-12-19"}

                {"text": "Third line."}
                not json
                """;

        List<ReadResult> results = readAll("hdfs://cluster/crawl/day.jsonl", jsonl, -1);

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isEqualTo(new ReadResult.Loaded("hdfs://cluster/crawl/day.jsonl#1",
                new Article("a1", null, null, null, LocalDate.of(2024, 12, 19), "First.")));
        assertThat(results.get(1)).isEqualTo(new ReadResult.Loaded("hdfs://cluster/crawl/day.jsonl#3",
                Article.of("day#3", "Third line.")));
        assertThat(results.get(2)).isInstanceOf(ReadResult.Failed.class);
        assertThat(results.get(2).input()).isEqualTo("hdfs://cluster/crawl/day.jsonl#4");
    }

    @Test
    void readsTextStreamWithIdFromItsName() {
        assertThat(readAll("s3a://bucket/a/report.txt", "Line one.\r\nLine two.", 21))
                .containsExactly(new ReadResult.Loaded("s3a://bucket/a/report.txt", Article.of("report", "Line one.\nLine two.")));
    }

    @Test
    void failsStreamOverTheLimitWithoutReadingIt() {
        ArticleReader small = ArticleReader.create(ReadOptions.defaults().withMaxBytes(10));

        try (Stream<ReadResult> results = small.read("big.txt", stream("x".repeat(50)), 50)) {
            assertThat(results.toList()).singleElement().isInstanceOf(ReadResult.Failed.class);
        }
    }

    @Test
    void skipsStreamOfAnotherTypeAndClosesIt() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream(new byte[] {1, 2, 3}) {
            @Override
            public void close() {
                closed.set(true);
            }
        };

        try (Stream<ReadResult> results = reader.read("archive.warc.gz", in, 3)) {
            assertThat(results.toList()).singleElement().isInstanceOf(ReadResult.Skipped.class);
        }
        assertThat(closed).isTrue();
    }

    @Test
    void readsHtmlPageHeldInMemoryUnderTheGivenId() {
        String html = "<html><head><title>Toll rises</title></head><body><nav>Menu</nav>"
                + "<article><p>At least 12 civilians were killed.</p></article></body></html>";

        ReadResult result = reader.readHtml("crawl.warc.gz#7", "urn:uuid:1", html);

        assertThat(result).isEqualTo(new ReadResult.Loaded("crawl.warc.gz#7",
                new Article("urn:uuid:1", null, null, "Toll rises", null, "At least 12 civilians were killed.")));
    }

    @Test
    void failsHtmlPageWithoutText() {
        assertThat(reader.readHtml("crawl.warc.gz#8", "p8", "<html><body><nav>Menu</nav></body></html>"))
                .isEqualTo(new ReadResult.Failed("crawl.warc.gz#8", "article has no text"));
    }

    private List<ReadResult> readAll(String input, String content, long size) {
        try (Stream<ReadResult> results = reader.read(input, stream(content), size)) {
            return results.toList();
        }
    }

    private static InputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
