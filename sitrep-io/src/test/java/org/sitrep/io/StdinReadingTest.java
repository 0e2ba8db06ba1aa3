package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.io.Reading.read;
import static org.sitrep.io.Reading.readStdin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;

class StdinReadingTest {
    @Test
    void readsPlainTextAsArticleNamedStdin() {
        assertThat(readStdin("\n  Around 300 killed.\r\n"))
                .containsExactly(new ReadResult.Loaded("-", Article.of("stdin", "\n  Around 300 killed.\n")));
    }

    @Test
    void readsSingleJsonObject() {
        assertThat(readStdin("""

                {
                  "id": "a1",
                  "published": "2024-11-04",
                  "text": "One."
                }
                """)).containsExactly(new ReadResult.Loaded("-",
                        Article.of("a1", "One.").withPublished(LocalDate.of(2024, 11, 4))));
    }

    @Test
    void namesSingleJsonObjectWithoutIdStdin() {
        assertThat(readStdin("{\"text\": \"One.\"}")).containsExactly(new ReadResult.Loaded("-", Article.of("stdin", "One.")));
    }

    @Test
    void readsJsonLinesNamingEachByItsLine() {
        List<ReadResult> results = readStdin("{\"text\": \"One.\"}\n\n{\"id\": \"a3\", \"text\": \"Three.\"}\n{\"text\": \"\"}\n");

        assertThat(results).containsExactly(
                new ReadResult.Loaded("-#1", Article.of("stdin#1", "One.")),
                new ReadResult.Loaded("-#3", Article.of("a3", "Three.")),
                new ReadResult.Failed("-#4", "article has no text"));
    }

    @Test
    void readsJsonArray() {
        assertThat(readStdin("  [{\"text\": \"One.\"}, {\"id\": \"x\", \"text\": \"Two.\"}]")).containsExactly(
                new ReadResult.Loaded("-#1", Article.of("stdin#1", "One.")),
                new ReadResult.Loaded("-#2", Article.of("x", "Two.")));
    }

    @Test
    void failsMalformedJsonAtItsLine() {
        List<ReadResult> results = readStdin("{\"text\": \"One.\"}\n{\"text\": oops}\n");

        assertThat(results).hasSize(2);
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failed.class, failed -> {
            assertThat(failed.input()).isEqualTo("-#2");
            assertThat(failed.reason()).startsWith("malformed JSON: Unrecognized token 'oops'");
        });
    }

    @Test
    void failsEmptyInput() {
        assertThat(readStdin("")).containsExactly(new ReadResult.Failed("-", "empty input"));
    }

    @Test
    void appliesDefaultPublishedToStdinText() {
        LocalDate date = LocalDate.of(2025, 1, 13);
        InputStream stdin = new ByteArrayInputStream("Text.".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        List<ReadResult> results = read(ReadOptions.defaults().withDefaultPublished(date), List.of("-"), stdin);

        assertThat(results).containsExactly(new ReadResult.Loaded("-", Article.of("stdin", "Text.").withPublished(date)));
    }

    @Test
    void leavesStandardInputOpen() {
        boolean[] closed = {false};
        InputStream stdin = new ByteArrayInputStream("Text.".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        read(ReadOptions.defaults(), List.of("-"), stdin);

        assertThat(closed[0]).isFalse();
    }
}
