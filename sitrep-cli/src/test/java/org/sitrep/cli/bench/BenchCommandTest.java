package org.sitrep.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Sitrep;
import org.sitrep.cli.SitrepCommand;
import org.sitrep.extract.Extractor;
import picocli.CommandLine;

class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Sitrep.commandLine(
                new SitrepCommand(new ByteArrayInputStream(new byte[0]), Extractor::create));
        commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void printsARowPerThreadCount() {
        int exitCode = run("bench", "--mb", "0.2", "--seconds", "0.2", "--threads", "1,2", "--seed", "9");

        assertThat(exitCode).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).matches("sitrep bench: \\d+ articles, 0\\.2 MB generated \\(seed 9\\); "
                + "extractor created in [\\d,]+ ms");
        assertThat(lines).contains(BenchTable.HEADER);
        List<String> rows = lines.subList(lines.indexOf(BenchTable.HEADER) + 1, lines.size() - 1);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).matches(" +1 +[\\d,]+ +0\\.\\d\\d +[\\d,.]+ +[\\d.]+ +[\\d.]+");
        assertThat(rows.get(1)).startsWith("      2 ");
        assertThat(lines.get(lines.size() - 1)).startsWith("JVM: ").contains(" cores; ");
    }

    @Test
    void rejectsANonPositiveSize() {
        assertThat(run("bench", "--mb", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--mb must be positive");
    }

    @Test
    void writesAGeneratedCorpusAsJsonLines(@TempDir Path directory) throws IOException {
        assertThat(run("bench", "--generate", directory.toString(), "--articles", "25", "--seed", "3")).isZero();

        List<String> lines = Files.readAllLines(directory.resolve(CorpusWriter.JSONL_FILE), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(25);
        assertThat(lines.get(0)).startsWith("{\"id\":\"gen-000001\",\"url\":null,\"outlet\":null,\"title\":\"")
                .contains(",\"published\":\"202").contains(",\"text\":\"");
        assertThat(out.toString()).startsWith("wrote 25 articles (");
    }

    @Test
    void writesAGeneratedCorpusAsOneFilePerArticle(@TempDir Path directory) throws IOException {
        assertThat(run("bench", "--generate", directory.toString(), "--articles", "3", "--format", "files")).isZero();

        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactly("gen-000001.json", "gen-000002.json", "gen-000003.json");
        }
    }
}
