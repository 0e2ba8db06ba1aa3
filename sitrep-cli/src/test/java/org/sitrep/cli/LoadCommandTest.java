package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Extraction;
import org.sitrep.extract.Extractor;
import org.sitrep.io.ArticleReader;
import org.sitrep.io.ClaimJson;
import org.sitrep.io.LineOptions;
import org.sitrep.io.ReadOptions;
import org.sitrep.io.ReadResult;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.RunFailure;

class LoadCommandTest {
    private static final String KURSK = "Around 300 North Korean soldiers have reportedly been killed in Kursk, "
            + "according to a South Korean lawmaker citing the country's intelligence agency.";
    private static final String KHARKIV = "At least 12 civilians were killed in shelling of Kharkiv on Monday, "
            + "regional governor Oleh Syniehubov said.";

    @TempDir
    static Path inputDir;

    /** The seed article and the two small texts, as the job would read them. */
    private static List<String> inputs;
    private static List<Extraction> extractions;

    @TempDir
    Path dir;

    private Path output;
    private String db;

    @BeforeAll
    static void extract() throws IOException {
        Path seed = Files.copy(Path.of("..", "examples", "seed.json"), inputDir.resolve("seed.json"));
        inputs = List.of(seed.toString(), Files.writeString(inputDir.resolve("kursk.txt"), KURSK).toString(),
                Files.writeString(inputDir.resolve("kharkiv.txt"), KHARKIV).toString());
        Extractor extractor = Extractor.create();
        List<Extraction> found = new ArrayList<>();
        try (Stream<ReadResult> results = ArticleReader.create(ReadOptions.defaults())
                .read(inputs, InputStream.nullInputStream())) {
            results.forEach(result -> found.add(extractor.extract(((ReadResult.Loaded) result).article())));
        }
        extractions = List.copyOf(found);
    }

    @BeforeEach
    void paths() {
        output = dir.resolve("out");
        db = dir.resolve("load.db").toString();
    }

    @Test
    void storesEveryArticleWithTheClaimIdsIngestGives() throws Exception {
        writeJobOutput(List.of(jobLine(0), jobLine(1)), List.of(jobLine(2)));

        CliRun load = CliRun.of("load", "--db", db, output.toString());
        String ingestDb = dir.resolve("ingest.db").toString();
        List<String> ingestArgs = new ArrayList<>(List.of("ingest", "--db", ingestDb));
        ingestArgs.addAll(inputs);
        CliRun ingest = CliRun.of(ingestArgs.toArray(String[]::new));

        assertThat(extractions.get(0).claims()).hasSizeGreaterThan(1);
        int claims = extractions.stream().mapToInt(e -> e.claims().size()).sum();
        assertThat(load.exitCode()).isZero();
        assertThat(load.err()).isEmpty();
        assertThat(load.outLines()).singleElement().asString().startsWith("run 1: 3 new articles (0 new versions), "
                + "0 new appearances, 0 unchanged; " + claims + " claims; 0 failed, 0 skipped;");
        assertThat(ingest.exitCode()).isZero();
        assertThat(export(db, "csv")).hasSize(claims + 1)
                .containsExactlyInAnyOrderElementsOf(export(ingestDb, "csv"));
        assertThat(export(db, "jsonl")).containsExactlyInAnyOrderElementsOf(export(ingestDb, "jsonl"));
        String everyColumn = "SELECT c.*, a.content_hash, a.extractor_version FROM claims c "
                + "JOIN articles a ON a.id = c.article_id ORDER BY c.claim_id";
        assertThat(query(db, everyColumn)).hasSize(claims).isEqualTo(query(ingestDb, everyColumn));
    }

    @Test
    void loadingTheSameOutputAgainStoresNothingTwice() throws IOException {
        writeJobOutput(List.of(jobLine(0), jobLine(1)), List.of(jobLine(2)));

        CliRun first = CliRun.of("load", "--db", db, output.toString());
        List<String> before = export(db, "csv");
        CliRun again = CliRun.of("load", "--db", db, output.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(again.exitCode()).isZero();
        assertThat(again.outLines()).singleElement().asString().startsWith("run 2: 0 new articles (0 new versions), "
                + "0 new appearances, 3 unchanged; 0 claims; 0 failed");
        assertThat(export(db, "csv")).containsExactlyElementsOf(before);
        try (ClaimStore store = ClaimStore.open(Path.of(db))) {
            assertThat(store.counts().articles()).isEqualTo(3);
            assertThat(store.counts().appearances()).isEqualTo(3);
            assertThat(store.check()).isEmpty();
        }
    }

    @Test
    void recordsAMalformedLineAndALineWithoutTextAndLoadsTheOthers() throws IOException {
        String noText = ClaimJson.toLine(extractions.get(1), false);
        writeJobOutput(List.of(jobLine(0)), List.of("{\"article\": {\"id\": \"broken\"", noText, jobLine(2)));
        Path part = output.resolve("jsonl/part-00001-4f1c-c000.txt");

        CliRun run = CliRun.of("load", "--db", db, output.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "sitrep: " + part + "#1: " + failureReason(1, part + "#1"),
                "sitrep: " + part + "#2: " + JobOutputLoader.NO_TEXT);
        assertThat(run.errLines().get(0)).contains("malformed JSON");
        assertThat(run.outLines()).singleElement().asString()
                .startsWith("run 1: 2 new articles (0 new versions), 0 new appearances, 0 unchanged;")
                .contains("; 2 failed, 0 skipped;");
    }

    @Test
    void recordsTheExtractorVersionTheLineCarriesElseTheCurrentOne() throws Exception {
        writeJobOutput(List.of(ClaimJson.toLine(extractions.get(1), LineOptions.storable("0.0.9-job")),
                ClaimJson.toLine(extractions.get(2), LineOptions.defaults().withText(true))), List.of());

        CliRun run = CliRun.of("load", "--db", db, output.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(query(db, "SELECT extractor_version FROM articles ORDER BY id"))
                .containsExactly("0.0.9-job", Extractor.VERSION);
    }

    @Test
    void readsTheFolderItselfWhenItHasNoJsonlFolderAndRefusesAMissingOne() throws IOException {
        Files.createDirectories(dir.resolve("lines"));
        Files.writeString(dir.resolve("lines/claims.jsonl"), jobLine(1) + "\n\n" + jobLine(2) + "\n");
        Files.writeString(dir.resolve("lines/notes.txt"), "not a line file");

        CliRun run = CliRun.of("load", "--db", db, dir.resolve("lines").toString());
        CliRun missing = CliRun.of("load", "--db", db, dir.resolve("nowhere").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("run 1: 2 new articles");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("sitrep: not a folder: " + dir.resolve("nowhere"));
    }

    /** A line exactly as the Spark job writes it ({@code Rows.outcome}). */
    private static String jobLine(int article) {
        return ClaimJson.toLine(extractions.get(article), LineOptions.storable(Extractor.VERSION));
    }

    /** Two part files as Spark's text writer names them, its marker files and checksums beside them. */
    private void writeJobOutput(List<String> part0, List<String> part1) throws IOException {
        Path jsonl = Files.createDirectories(output.resolve("jsonl"));
        Files.write(jsonl.resolve("part-00000-4f1c-c000.txt"), part0);
        Files.write(jsonl.resolve("part-00001-4f1c-c000.txt"), part1);
        Files.writeString(jsonl.resolve("_SUCCESS"), "");
        Files.writeString(jsonl.resolve(".part-00000-4f1c-c000.txt.crc"), "\u0000crc");
        Files.createDirectories(output.resolve("rejects"));
        Files.writeString(output.resolve("rejects/part-00000-4f1c-c000.json"), "{\"input\":\"x\",\"reason\":\"y\"}\n");
    }

    private String failureReason(long runId, String input) {
        try (ClaimStore store = ClaimStore.open(Path.of(db))) {
            return store.failures(runId).stream().filter(failure -> failure.input().equals(input))
                    .map(RunFailure::reason).findFirst().orElseThrow();
        }
    }

    private static List<String> export(String db, String format) {
        CliRun run = CliRun.of("export", "--db", db, "--format", format);
        assertThat(run.exitCode()).isZero();
        return run.outLines();
    }

    private static List<String> query(String db, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder(rows.getString(1));
                for (int column = 2; column <= columns; column++) {
                    row.append('|').append(rows.getString(column));
                }
                values.add(row.toString());
            }
        }
        return values;
    }
}
