package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.io.Reading.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderReadingTest {
    @TempDir
    Path dir;

    @Test
    void readsMixedFolderRecursivelyInByteOrderAndSkipsUnknownExtensions() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.createDirectories(corpus.resolve("b"));
        Files.writeString(corpus.resolve("b/inner.txt"), "Inner.");
        Files.writeString(corpus.resolve("b.txt"), "B.");
        Files.writeString(corpus.resolve("B.html"), "<p>Upper case B.</p>");
        Files.writeString(corpus.resolve("a.jsonl"), "{\"id\": \"j1\", \"text\": \"J1.\"}\n{\"id\": \"j2\", \"text\": \"J2.\"}\n");
        Files.writeString(corpus.resolve("notes.md"), "# not an article");
        Files.writeString(corpus.resolve("é.json"), "{\"id\": \"accent\", \"text\": \"É.\"}");
        Files.writeString(corpus.resolve("z.txt"), "Z.");

        List<ReadResult> results = read(corpus);

        assertThat(results).extracting(ReadResult::input).containsExactly(
                corpus + "/B.html",
                corpus + "/a.jsonl#1",
                corpus + "/a.jsonl#2",
                corpus + "/b.txt",
                corpus + "/b/inner.txt",
                corpus + "/notes.md",
                corpus + "/z.txt",
                corpus + "/é.json");
        assertThat(results.get(5)).isEqualTo(
                new ReadResult.Skipped(corpus + "/notes.md", "not a .txt, .html, .htm, .json or .jsonl file"));
        assertThat(results).filteredOn(ReadResult.Loaded.class::isInstance)
                .extracting(result -> ((ReadResult.Loaded) result).article().id())
                .containsExactly("B", "j1", "j2", "b", "inner", "z", "accent");
    }

    @Test
    void keepsGoingAfterAFailedInput() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Good.");
        Path missing = dir.resolve("missing.json");

        List<ReadResult> results = read(missing, good);

        assertThat(results).containsExactly(
                new ReadResult.Failed(missing.toString(), "file not found"),
                new ReadResult.Loaded(good.toString(), org.sitrep.core.Article.of("good", "Good.")));
    }
}
