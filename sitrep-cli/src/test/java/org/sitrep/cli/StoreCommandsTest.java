package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Extraction;
import org.sitrep.io.ClaimJson;
import org.sitrep.store.ClaimCsv;

class StoreCommandsTest {
    private static final String KURSK = "Around 300 North Korean soldiers have reportedly been killed in Kursk, "
            + "according to a South Korean lawmaker citing the country's intelligence agency.";
    private static final String KHARKIV = "At least 12 civilians were killed in shelling of Kharkiv on Monday, "
            + "regional governor Oleh Syniehubov said.";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void paths() {
        db = dir.resolve("test.db").toString();
    }

    @Test
    void ingestsFilesOnceAndSummarisesTheRunOnOneLine() throws IOException {
        Path kursk = write("kursk.txt", KURSK);
        Path kharkiv = write("kharkiv.txt", KHARKIV);

        CliRun first = CliRun.of("ingest", "--db", db, "--published", "2025-01-13", kursk.toString(),
                kharkiv.toString());
        CliRun again = CliRun.of("ingest", "--db", db, kursk.toString(), kharkiv.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.outLines()).singleElement().asString()
                .startsWith("run 1: 2 new articles (0 new versions), 0 new appearances, 0 unchanged; 2 claims;");
        assertThat(again.outLines()).singleElement().asString()
                .startsWith("run 2: 0 new articles (0 new versions), 0 new appearances, 2 unchanged; 0 claims;");
    }

    @Test
    void namesAFailedInputOnStandardErrorAndExitsWithOne() throws IOException {
        Path good = write("good.txt", KURSK);
        Path empty = write("empty.txt", "   ");

        CliRun run = CliRun.of("ingest", "--db", db, good.toString(), empty.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("sitrep: " + empty + ": ");
        assertThat(run.out()).contains("1 new articles", "1 failed");
    }

    @Test
    void listsClaimsByFilterAsTableJsonlAndCsv() throws IOException {
        ingest();

        CliRun table = CliRun.of("claims", "--db", db, "--country", "kp");
        CliRun jsonl = CliRun.of("claims", "--db", db, "--measure", "killed", "--format", "jsonl");
        CliRun csv = CliRun.of("claims", "--db", db, "--text", "Kharkiv", "--format", "csv");
        CliRun none = CliRun.of("claims", "--db", db, "--role", "police");

        assertThat(table.exitCode()).isZero();
        assertThat(table.outLines()).hasSize(2);
        assertThat(table.outLines().get(0)).startsWith("DATE").contains("MEASURE", "CLAIM");
        assertThat(table.outLines().get(1)).startsWith("2025-01-13").contains("killed", "North Korean soldiers");
        List<Extraction> lines = jsonl.outLines().stream().map(ClaimJson::fromLine).toList();
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line.claims()).singleElement()
                .satisfies(claim -> assertThat(claim.id()).matches("[0-9a-f]{16}")));
        assertThat(csv.outLines()).hasSize(2);
        assertThat(csv.outLines().get(0)).isEqualTo(ClaimCsv.HEADER);
        assertThat(csv.outLines().get(1)).contains(",killed,civilians,UA,civilian,At least 12,12,,false,");
        assertThat(none.out()).isEqualTo("(no claims)\n");
    }

    @Test
    void exportsEveryClaimAsCsvAndOneJsonlLinePerArticle() throws IOException {
        ingest();

        CliRun jsonl = CliRun.of("export", "--db", db, "--format", "jsonl");
        CliRun csv = CliRun.of("export", "--db", db, "--format", "csv");

        assertThat(jsonl.exitCode()).isZero();
        assertThat(jsonl.outLines()).hasSize(2)
                .allSatisfy(line -> assertThat(ClaimJson.fromLine(line).claims()).hasSize(1));
        assertThat(csv.outLines()).hasSize(3);
        String id = ClaimJson.fromLine(jsonl.outLines().get(0)).claims().get(0).id();
        assertThat(csv.outLines().get(1)).startsWith(id + ",");
    }

    @Test
    void reextractsArticlesOfOlderRuleVersionsKeepingClaimIds() throws Exception {
        ingest();
        String before = CliRun.of("export", "--db", db, "--format", "csv").out();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE articles SET extractor_version = '0.0.1' WHERE id = 1");
        }

        CliRun run = CliRun.of("reextract", "--db", db);
        CliRun nothing = CliRun.of("reextract", "--db", db);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("re-extracted 1 articles");
        assertThat(nothing.out()).startsWith("re-extracted 0 articles");
        assertThat(CliRun.of("export", "--db", db, "--format", "csv").outLines())
                .containsExactlyInAnyOrderElementsOf(List.of(before.split("\n")));
    }

    @Test
    void reportsAStoreItCannotOpenOnOneLine() throws IOException {
        Path notAStore = write("notes.db", "plain text, not a database ".repeat(40));

        CliRun run = CliRun.of("claims", "--db", notAStore.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("sitrep: ").contains(notAStore.toString());
    }

    @Test
    void rejectsABadDurationAsAUsageError() throws IOException {
        CliRun run = CliRun.of("ingest", "--db", db, "--watch", "--every", "soon", write("a.txt", KURSK).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--every takes a duration");
    }

    @Test
    void benchmarksTheStoreOnASmallCorpus() {
        CliRun run = CliRun.of("bench-store", "--articles", "20", "--claims", "400", "--runs", "2", "--threads", "1",
                "--dir", dir.resolve("bench").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ingest: 20 articles", "fill: ", "--measure M", "--text QUERY",
                "--measure killed --country KP --since 2024-10-01");
    }

    private void ingest() throws IOException {
        CliRun run = CliRun.of("ingest", "--db", db, "--published", "2025-01-13", write("kursk.txt", KURSK).toString(),
                write("kharkiv.txt", KHARKIV).toString());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void printsAnErrorsStackTraceOnlyWithDebug() throws IOException {
        Path notAStore = write("notes.db", "not a database, just some text that is long enough ".repeat(20));
        CliRun plain = CliRun.of("claims", "--db", notAStore.toString());
        CliRun debug = CliRun.of("claims", "--db", notAStore.toString(), "--debug");
        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(plain.errLines()).singleElement().asString().contains(notAStore.toString());
        assertThat(debug.err()).contains(notAStore.toString()).contains("\tat org.sitrep.");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
