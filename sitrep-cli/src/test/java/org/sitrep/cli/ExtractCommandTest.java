package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Extraction;
import org.sitrep.io.ClaimJson;

class ExtractCommandTest {
    private static final String TEXT = "Around 300 North Korean soldiers have reportedly been killed in Kursk, "
            + "according to a South Korean lawmaker citing the country's intelligence agency.";

    @TempDir
    Path dir;

    @Test
    void writesOneJsonlLinePerArticleInInputOrder() throws IOException {
        List<String> names = List.of("charlie", "alpha", "echo", "bravo", "delta", "foxtrot", "golf");
        String[] args = new String[names.size() + 4];
        args[0] = "extract";
        args[1] = "--format=jsonl";
        args[2] = "--threads";
        args[3] = "3";
        for (int i = 0; i < names.size(); i++) {
            args[i + 4] = write(names.get(i) + ".txt", TEXT).toString();
        }

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).extracting(line -> ClaimJson.fromLine(line).article().id())
                .containsExactlyElementsOf(names);
    }

    @Test
    void namesABinaryFileOnStandardErrorAndStillWritesTheGoodOnes() throws IOException {
        Path first = write("first.txt", TEXT);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path bad = dir.resolve("noise.txt");
        Files.write(bad, noise);
        Path second = write("second.txt", TEXT);

        CliRun run = CliRun.of("extract", "--format", "jsonl", first.toString(), bad.toString(), second.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("sitrep: " + bad + ": ").doesNotContain("Exception", "\tat ");
        assertThat(run.outLines()).extracting(line -> ClaimJson.fromLine(line).article().id())
                .containsExactly("first", "second");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(CliRun.of("extract", "--no-such-option", "x.txt").exitCode()).isEqualTo(2);
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(CliRun.of("extract", "--format", "yaml", "x.txt").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("extract", "--published", "yesterday", "x.txt").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("extract", "--threads", "0", "x.txt").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("extract", "--max-bytes", "0", "x.txt").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("extract").exitCode()).isEqualTo(2);
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
    }

    @Test
    void skipsAFileOfAnotherTypeInAFolderWithAWarning() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("news"));
        write("news/report.txt", TEXT);
        Files.write(folder.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F'});

        CliRun run = CliRun.of("extract", "--format", "jsonl", folder.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).singleElement().asString().startsWith("sitrep: warning: ").contains("scan.pdf");
        assertThat(run.outLines()).extracting(line -> ClaimJson.fromLine(line).article().id())
                .containsExactly("report");
    }

    @Test
    void publishedFillsTheDateOfArticlesWithoutOne() throws IOException {
        Path file = write("dated.txt", TEXT);

        CliRun run = CliRun.of("extract", "--format", "jsonl", "--published", "2024-11-04", file.toString());

        assertThat(run.exitCode()).isZero();
        Extraction extraction = ClaimJson.fromLine(run.outLines().get(0));
        assertThat(extraction.article().published()).isEqualTo(LocalDate.of(2024, 11, 4));
    }

    @Test
    void readsStandardInputForDash() {
        CliRun run = CliRun.withStdin(TEXT, "extract", "--format", "jsonl", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).extracting(line -> ClaimJson.fromLine(line).article().id())
                .containsExactly("stdin");
    }

    @Test
    void jsonFormatWritesOnePrettyObjectPerArticle() throws IOException {
        Path one = write("one.txt", TEXT);
        Path two = write("two.txt", TEXT);

        CliRun run = CliRun.of("extract", "--format", "json", one.toString(), two.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().size()).isGreaterThan(2);
        try (MappingIterator<JsonNode> objects = new ObjectMapper().readerFor(JsonNode.class).readValues(run.out())) {
            assertThat(objects.readAll()).extracting(node -> node.path("article").path("id").asText())
                    .containsExactly("one", "two");
        }
    }

    @Test
    void tableFormatIsTheDefaultAndSaysWhenAnArticleHasNoClaims() throws IOException {
        Path file = write("quiet.txt", "Nothing happened today.");

        CliRun run = CliRun.of("extract", "--published", "2024-11-04", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).startsWith("== quiet  2024-11-04", "(no claims)");
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun run = CliRun.of("extract", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:", "--format", "--threads", "--max-bytes", "--published");
    }

    @Test
    void versionNamesTheProjectVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("sitrep ").doesNotContain("unknown");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
