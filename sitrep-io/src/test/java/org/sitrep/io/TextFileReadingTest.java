package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.io.Reading.read;
import static org.sitrep.io.Reading.single;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Article;

class TextFileReadingTest {
    @TempDir
    Path dir;

    @Test
    void readsTextFileAsArticleNamedAfterFile() throws IOException {
        Path file = Files.writeString(dir.resolve("seed.2024.txt"), "  Around 300 soldiers were killed.\n");

        ReadResult result = single(file);

        assertThat(result).isEqualTo(new ReadResult.Loaded(file.toString(),
                Article.of("seed.2024", "  Around 300 soldiers were killed.\n")));
    }

    @Test
    void failsEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));

        assertThat(single(file)).isEqualTo(new ReadResult.Failed(file.toString(), "empty file"));
    }

    @Test
    void failsBlankFileAsArticleWithoutText() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");

        assertThat(single(file)).isEqualTo(new ReadResult.Failed(file.toString(), "article has no text"));
    }

    @Test
    void failsMissingFile() {
        Path file = dir.resolve("missing.txt");

        assertThat(single(file)).isEqualTo(new ReadResult.Failed(file.toString(), "file not found"));
    }

    @Test
    void failsRandomBytesAsBinary() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        Path file = Files.write(dir.resolve("noise.txt"), bytes);

        assertThat(single(file)).isInstanceOfSatisfying(ReadResult.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("binary file"));
    }

    @Test
    void failsTextFullOfControlCharactersAsBinary() throws IOException {
        Path file = Files.write(dir.resolve("controls.txt"), "a\u0001b\u0002c\u0003d\u0004".getBytes(StandardCharsets.UTF_8));

        assertThat(single(file)).isInstanceOfSatisfying(ReadResult.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("binary file"));
    }

    @Test
    void failsInvalidUtf8WithByteOffset() throws IOException {
        byte[] bytes = {'K', 'y', 'i', 'v', ' ', (byte) 0xC3, '(', ' ', 'o', 'k'};
        Path file = Files.write(dir.resolve("latin.txt"), bytes);

        assertThat(single(file)).isEqualTo(new ReadResult.Failed(file.toString(), "not valid UTF-8 (byte offset 5)"));
    }

    @Test
    void failsInvalidUtf8FarIntoFileWithItsOffset() throws IOException {
        byte[] bytes = ("x".repeat(20_000) + "?").getBytes(StandardCharsets.US_ASCII);
        bytes[bytes.length - 1] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("late.txt"), bytes);

        assertThat(single(file)).isEqualTo(new ReadResult.Failed(file.toString(), "not valid UTF-8 (byte offset 20000)"));
    }

    @Test
    @Timeout(2)
    void rejectsFiftyMegabyteTextFileWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }
        long start = System.nanoTime();

        ReadResult result = single(file);

        assertThat(System.nanoTime() - start).isLessThan(500_000_000L);
        assertThat(result).isInstanceOfSatisfying(ReadResult.Failed.class,
                failed -> assertThat(failed.reason()).contains("over").contains("52,428,800 bytes"));
    }

    @Test
    void appliesMaxBytesFromOptions() throws IOException {
        Path file = Files.writeString(dir.resolve("short.txt"), "Eleven chars");

        ReadResult result = read(ReadOptions.defaults().withMaxBytes(5), file).get(0);

        assertThat(result).isEqualTo(new ReadResult.Failed(file.toString(), "the file is 12 bytes, over the 5-byte limit"));
    }

    @Test
    void turnsCrlfAndCrIntoLf() throws IOException {
        Path file = Files.writeString(dir.resolve("windows.txt"), "One.\r\nTwo.\rThree.\r\n");

        assertThat(article(single(file)).text()).isEqualTo("One.\nTwo.\nThree.\n");
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws IOException {
        String text = "Kharkiv – 12 killed 😢\n";
        Path big = Files.write(dir.resolve("be.txt"), bytes("\uFEFF" + text, "UTF-16BE"));
        Path little = Files.write(dir.resolve("le.txt"), bytes("\uFEFF" + text, "UTF-16LE"));

        assertThat(article(single(big)).text()).isEqualTo(text);
        assertThat(article(single(little)).text()).isEqualTo(text);
    }

    @Test
    void dropsUtf8ByteOrderMark() throws IOException {
        Path file = Files.write(dir.resolve("bom.txt"), bytes("\uFEFFGaza", "UTF-8"));

        assertThat(article(single(file)).text()).isEqualTo("Gaza");
    }

    @Test
    void fillsMissingDateWithDefaultPublished() throws IOException {
        Path file = Files.writeString(dir.resolve("undated.txt"), "Text.");
        LocalDate date = LocalDate.of(2024, 11, 4);

        ReadResult result = read(ReadOptions.defaults().withDefaultPublished(date), file).get(0);

        assertThat(article(result).published()).isEqualTo(date);
    }

    @Test
    void skipsExplicitFileOfUnknownExtension() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.md"), "# notes");

        assertThat(single(file)).isInstanceOf(ReadResult.Skipped.class);
    }

    static Article article(ReadResult result) {
        assertThat(result).isInstanceOf(ReadResult.Loaded.class);
        return ((ReadResult.Loaded) result).article();
    }

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(java.nio.charset.Charset.forName(charset));
    }
}
