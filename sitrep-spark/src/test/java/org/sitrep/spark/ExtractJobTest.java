package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Article;
import org.sitrep.core.Extraction;
import org.sitrep.extract.Extractor;
import org.sitrep.io.ArticleReader;
import org.sitrep.io.ClaimJson;
import org.sitrep.io.LineOptions;
import org.sitrep.io.ReadOptions;
import org.sitrep.io.ReadResult;

class ExtractJobTest {
    static final List<String> PARQUET_COLUMNS = List.of(
            "article_id", "article_url", "article_outlet", "article_title", "article_published", "input",
            "claim_id", "type", "measure", "subject_text", "subject_country", "subject_role",
            "value_text", "value_low", "value_high", "value_approx", "value_start", "value_end", "certainty",
            "source_name", "source_kind", "source_country", "sources", "cues",
            "place_name", "place_country", "place_lat", "place_lon", "place_precision",
            "time_text", "time_start", "time_end", "time_precision", "mentions", "extractor_version");

    @TempDir
    static Path dir;

    static SparkSession spark;
    static Path inputs;
    static Path output;
    static JobSummary summary;
    static TestWarc.Written warc;
    static List<Extraction> expected;

    @BeforeAll
    static void runJobOnce() throws IOException {
        inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("day1.jsonl"), String.join("\n",
                json("k1", "2025-01-13", "Around 300 North Korean soldiers were reportedly killed and about 2,700 "
                        + "wounded in Russia's Kursk region, according to a South Korean lawmaker citing the "
                        + "National Intelligence Service."),
                "{\"text\": \"At least 12 civilians were killed in shelling of Kharkiv on Monday, the regional "
                        + "governor said.\"}",
                "{\"id\": \"broken\", \"text\": ",
                json("k3", "2025-02-01", "Officials said 40 people were detained after the protest."))
                + "\n");
        Files.writeString(inputs.resolve("day2.jsonl"), json("k4", "2024-11-05",
                "Ukraine's military said it had captured two North Korean soldiers in the Kursk region.") + "\n");
        Files.createDirectories(inputs.resolve("notes"));
        Files.writeString(inputs.resolve("notes/brief.txt"),
                "Israeli strikes killed at least 35 Palestinians in Gaza overnight, health officials said.\n");
        Files.writeString(inputs.resolve("notes/empty.txt"), "");
        Files.writeString(inputs.resolve("notes/README.md"), "not an article");
        Files.writeString(inputs.resolve("_SUCCESS"), "");
        warc = TestWarc.write(inputs.resolve("crawl.warc.gz"));

        expected = expectedExtractions();
        spark = LocalSpark.session();
        output = dir.resolve("out");
        summary = ExtractJob.run(spark, JobOptions.of(
                List.of(inputs.toString(), dir.resolve("no-such-dir").toString()), output.toString()));
    }

    /** What {@code sitrep extract} gives for the same articles: sitrep-io's readers, then the extractor. */
    private static List<Extraction> expectedExtractions() {
        ArticleReader reader = ArticleReader.create(ReadOptions.defaults());
        List<Article> articles = new ArrayList<>();
        List<String> files = Stream.of("day1.jsonl", "day2.jsonl", "notes/brief.txt")
                .map(name -> inputs.resolve(name).toString()).toList();
        try (Stream<ReadResult> results = reader.read(files, InputStream.nullInputStream())) {
            results.filter(ReadResult.Loaded.class::isInstance).forEach(r -> articles.add(((ReadResult.Loaded) r).article()));
        }
        Article page = ((ReadResult.Loaded) reader.readHtml("page", warc.articleId(), TestWarc.ARTICLE_HTML)).article();
        articles.add(new Article(page.id(), TestWarc.ARTICLE_URL, page.outlet(), page.title(), page.published(),
                page.text()));
        Extractor extractor = Extractor.create();
        return articles.stream().map(extractor::extract).toList();
    }

    @Test
    void writesTheSameClaimLinesAsTheExtractorGivesForEachArticle() throws IOException {
        List<String> lines = partLines(output.resolve("jsonl"), ".txt");

        assertThat(expected).hasSize(6);
        assertThat(expected.stream().mapToInt(e -> e.claims().size()).sum()).isGreaterThanOrEqualTo(4);
        assertThat(lines).containsExactlyInAnyOrderElementsOf(
                expected.stream()
                        .map(extraction -> ClaimJson.toLine(extraction, LineOptions.storable(Extractor.VERSION)))
                        .toList());
    }

    @Test
    void namesArticlesAsTheCommandLineDoes() throws IOException {
        List<String> ids = partLines(output.resolve("jsonl"), ".txt").stream()
                .map(line -> ClaimJson.fromLine(line).article().id()).toList();

        assertThat(ids).containsExactlyInAnyOrder("k1", "day1#2", "k3", "k4", "brief", warc.articleId());
    }

    @Test
    void writesOneParquetRowPerClaimWithTheDocumentedColumns() {
        Dataset<Row> rows = spark.read().parquet(output.resolve("parquet").toString());

        assertThat(rows.columns()).containsExactlyElementsOf(PARQUET_COLUMNS);
        assertThat(rows.count()).isEqualTo(expected.stream().mapToLong(e -> e.claims().size()).sum());
        Row first = rows.filter("article_id = 'k1' and claim_id = 'c1'").first();
        var claim = (org.sitrep.core.Figure) expected.get(0).claims().get(0);
        assertThat(first.<String>getAs("measure")).isEqualTo(claim.measure().wireName());
        assertThat(first.<Long>getAs("value_low")).isEqualTo(claim.value().low());
        assertThat(first.<String>getAs("source_name")).isEqualTo(claim.sources().get(0).name());
        assertThat(first.<String>getAs("input")).endsWith("/in/day1.jsonl#1");
        assertThat(first.getDate(first.fieldIndex("article_published"))).hasToString("2025-01-13");
    }

    @Test
    void writesEveryBadInputToRejectsWithItsReasonAndCountsThem() {
        Map<String, String> rejects = spark.read().json(output.resolve("rejects").toString()).collectAsList().stream()
                .collect(Collectors.toMap(row -> row.<String>getAs("input"), row -> row.<String>getAs("reason")));

        assertThat(rejects).hasSize(4);
        assertThat(reasonFor(rejects, "/in/day1.jsonl#3")).startsWith("malformed JSON");
        assertThat(reasonFor(rejects, "/in/notes/empty.txt")).isEqualTo("empty file");
        assertThat(reasonFor(rejects, "/in/crawl.warc.gz@" + warc.emptyPageOffset())).isEqualTo("article has no text");
        assertThat(reasonFor(rejects, "/no-such-dir")).isEqualTo("no such file or folder");
        assertThat(summary).isEqualTo(new JobSummary(5, 1, 6,
                expected.stream().mapToLong(e -> e.claims().size()).sum(), 4));
    }

    @Test
    void writesTheSummaryNextToTheOutputs() throws IOException {
        assertThat(Files.readString(output.resolve("summary.json")).strip())
                .isEqualTo("{\"files\":5,\"skipped_files\":1,\"articles\":6,\"claims\":" + summary.claims()
                        + ",\"rejects\":4}");
    }

    @Test
    void refusesToOverwriteAnEarlierOutput() {
        assertThatThrownBy(() -> ExtractJob.run(spark, JobOptions.of(List.of(inputs.toString()), output.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the output already exists");
    }

    private static String reasonFor(Map<String, String> rejects, String inputSuffix) {
        List<String> matches = rejects.keySet().stream().filter(input -> input.endsWith(inputSuffix)).toList();
        assertThat(matches).as("rejects ending with " + inputSuffix + " in " + rejects).hasSize(1);
        return rejects.get(matches.get(0));
    }

    private static List<String> partLines(Path folder, String suffix) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.toString().endsWith(suffix)).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static String json(String id, String published, String text) {
        return "{\"id\": \"" + id + "\", \"published\": \"" + published + "\", \"text\": \"" + text + "\"}";
    }
}
