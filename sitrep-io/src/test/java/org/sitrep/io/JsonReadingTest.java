package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.io.Reading.read;
import static org.sitrep.io.Reading.single;
import static org.sitrep.io.TextFileReadingTest.article;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Article;

class JsonReadingTest {
    @TempDir
    Path dir;

    @Test
    void readsArticleObjectWithAllFields() throws IOException {
        Path file = Files.writeString(dir.resolve("seed.json"), """
                {"id": "a17", "url": "https://example.org/a17", "outlet": "Example", "title": "T",
                 "published": "2024-12-19T10:00:00Z", "text": "Line one.\\r\\nLine two 😢", "claims": [{"x": 1}]}
                """);

        assertThat(single(file)).isEqualTo(new ReadResult.Loaded(file.toString(), new Article(
                "a17", "https://example.org/a17", "Example", "T", LocalDate.of(2024, 12, 19), "Line one.\nLine two 😢")));
    }

    @Test
    void namesArticleWithoutIdAfterFileAndIgnoresUnparseableDate() throws IOException {
        Path file = Files.writeString(dir.resolve("noid.json"), "{\"text\": \"Text.\", \"published\": \"yesterday\"}");

        assertThat(article(single(file))).isEqualTo(Article.of("noid", "Text."));
    }

    @Test
    void failsTruncatedJson() throws IOException {
        Path file = Files.writeString(dir.resolve("cut.json"), "{\"id\": \"a1\", \"text\": \"Some te");

        assertThat(single(file)).isInstanceOfSatisfying(ReadResult.Failed.class, failed -> {
            assertThat(failed.input()).isEqualTo(file.toString());
            assertThat(failed.reason()).startsWith("malformed JSON: Unexpected end-of-input")
                    .doesNotContain("\n", "Source");
        });
    }

    @Test
    void failsArticleWithoutText() throws IOException {
        Path file = Files.writeString(dir.resolve("notext.json"), "{\"id\": \"a1\", \"title\": \"Only a title\"}");

        assertThat(single(file)).isEqualTo(new ReadResult.Failed(file.toString(), "article has no text"));
    }

    @Test
    void readsEveryArticleOfAnArrayAndFailsOnlyTheBadOne() throws IOException {
        Path file = Files.writeString(dir.resolve("batch.json"), """
                [{"id": "a1", "text": "One."}, {"text": "Two.", "published": "2024-01-02"}, {"id": "a3", "text": " "}, 7]
                """);

        List<ReadResult> results = read(file);

        assertThat(results).containsExactly(
                new ReadResult.Loaded(file + "#1", Article.of("a1", "One.")),
                new ReadResult.Loaded(file + "#2", Article.of("batch#2", "Two.").withPublished(LocalDate.of(2024, 1, 2))),
                new ReadResult.Failed(file + "#3", "article has no text"),
                new ReadResult.Failed(file + "#4", "not an article object"));
    }

    @Test
    void streamsJsonArrayLargerThanTheLimitArticleByArticle() throws IOException {
        Path file = Files.writeString(dir.resolve("big.json"),
                "[{\"id\": \"a1\", \"text\": \"One.\"}, {\"id\": \"a2\", \"text\": \"Two.\"}]");

        List<ReadResult> results = read(ReadOptions.defaults().withMaxBytes(40), file);

        assertThat(results).extracting(ReadResult::getClass).containsOnly(ReadResult.Loaded.class);
        assertThat(results).hasSize(2);
    }

    @Test
    void failsSingleObjectFileOverTheLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("long.json"), "{\"id\": \"a1\", \"text\": \"" + "x".repeat(100) + "\"}");

        assertThat(read(ReadOptions.defaults().withMaxBytes(50), file)).singleElement()
                .isInstanceOfSatisfying(ReadResult.Failed.class, failed -> assertThat(failed.reason()).contains("over"));
    }

    @Test
    void readsJsonLinesSkippingBlankLinesAndFailingOnlyTheBadLine() throws IOException {
        Path file = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"id\": \"a1\", \"text\": \"One.\"}\r\n\n{\"id\": \"a2\", \"text\": \n{\"text\": \"Three.\"}\n");

        List<ReadResult> results = read(file);

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isEqualTo(new ReadResult.Loaded(file + "#1", Article.of("a1", "One.")));
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failed.class, failed -> {
            assertThat(failed.input()).isEqualTo(file + "#3");
            assertThat(failed.reason()).startsWith("malformed JSON: ");
        });
        assertThat(results.get(2)).isEqualTo(new ReadResult.Loaded(file + "#4", Article.of("feed#4", "Three.")));
    }

    @Test
    void failsJsonLineOverTheLimitWithoutStoppingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("long.jsonl"),
                "{\"id\": \"a1\", \"text\": \"" + "x".repeat(500) + "\"}\n{\"id\": \"a2\", \"text\": \"Two.\"}\n");

        List<ReadResult> results = read(ReadOptions.defaults().withMaxBytes(100), file);

        assertThat(results).containsExactly(
                new ReadResult.Failed(file + "#1", "the line is over the 100-byte limit"),
                new ReadResult.Loaded(file + "#2", Article.of("a2", "Two.")));
    }

    @Test
    void failsJsonLinesAtTheLineWithInvalidUtf8AfterReadingTheLinesBefore() throws IOException {
        byte[] bytes = "{\"id\": \"a1\", \"text\": \"One.\"}\n{\"text\": \"?\"}\n".getBytes(StandardCharsets.US_ASCII);
        bytes[bytes.length - 4] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("bad.jsonl"), bytes);

        assertThat(read(file)).containsExactly(
                new ReadResult.Loaded(file + "#1", Article.of("a1", "One.")),
                new ReadResult.Failed(file + "#2", "not valid UTF-8 (byte offset " + (bytes.length - 4) + ")"));
    }

    @Test
    @Timeout(20)
    void streamsFiftyMegabyteJsonLinesFile() throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        String text = "Around 300 North Korean soldiers were reportedly killed, a lawmaker said. ".repeat(6);
        long lines = 0;
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (bytes <= 50L * 1024 * 1024) {
                lines++;
                String line = "{\"id\": \"a" + lines + "\", \"published\": \"2024-12-19\", \"text\": \"" + text + "\"}\n";
                out.write(line);
                bytes += line.length();
            }
        }
        AtomicLong loaded = new AtomicLong();
        AtomicLong chars = new AtomicLong();

        try (Stream<ReadResult> results = ArticleReader.create(ReadOptions.defaults()).read(
                List.of(file.toString()), java.io.InputStream.nullInputStream())) {
            results.forEach(result -> {
                Article article = article(result);
                loaded.incrementAndGet();
                chars.addAndGet(article.text().length());
            });
        }

        assertThat(Files.size(file)).isGreaterThan(50L * 1024 * 1024);
        assertThat(loaded.get()).isEqualTo(lines);
        assertThat(chars.get()).isEqualTo(lines * text.length());
    }

    @Test
    void closingTheStreamEarlyClosesTheOpenFile() throws IOException {
        Path file = Files.writeString(dir.resolve("two.jsonl"), "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");

        try (Stream<ReadResult> results = ArticleReader.create(ReadOptions.defaults())
                .read(List.of(file.toString()), java.io.InputStream.nullInputStream())) {
            assertThat(results.iterator().next()).isInstanceOf(ReadResult.Loaded.class);
        }

        Files.delete(file);
        assertThat(file).doesNotExist();
    }
}
