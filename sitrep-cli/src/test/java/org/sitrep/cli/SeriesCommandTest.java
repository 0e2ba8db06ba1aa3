package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.series.EstimatesCsv;

class SeriesCommandTest {
    private static final String CASUALTIES = "kp-military-casualties-ru-kursk-oblast";
    private static final String KILLED = "kp-military-killed-ru-kursk-oblast";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void ingest() throws IOException {
        db = dir.resolve("test.db").toString();
        Path articles = Files.createDirectory(dir.resolve("articles"));
        article(articles, "a", "2024-12-19", "At least 100 North Korean soldiers have been killed and nearly 1,000 "
                + "wounded in fighting in Russia's Kursk region, South Korea's spy agency said Thursday.");
        article(articles, "b", "2024-12-23", "More than 3,000 North Korean soldiers have been killed or wounded in "
                + "Russia's Kursk region, Ukrainian President Volodymyr Zelenskiy said on Monday.");
        article(articles, "c", "2024-12-23", "About 1,100 North Korean soldiers have been killed or wounded fighting "
                + "Ukrainian forces in Russia's Kursk region, South Korea's Joint Chiefs of Staff said on Monday.");
        article(articles, "d", "2025-09-04", "About 2,000 North Korean soldiers have been killed in Russia's Kursk "
                + "region, the National Intelligence Service said Thursday.");
        CliRun run = CliRun.of("ingest", "--db", db, articles.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void listsTheSeriesWithTheirLatestEstimate() {
        CliRun run = CliRun.of("series", "--db", db);

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(4);
        assertThat(run.outLines().get(0)).startsWith("KEY").contains("CLAIMS", "LOW", "BEST", "HIGH", "CONFLICTS");
        assertThat(run.outLines().get(1)).startsWith(CASUALTIES).containsPattern("2\\s+2024-12-23\\s+2024-12-23\\s+"
                + "1100\\s+1100\\s+3000\\s+0\\s+1");
        assertThat(run.outLines().get(2)).startsWith(KILLED).contains("2000");
    }

    @Test
    void filtersByCountryMeasureAndDate() {
        assertThat(CliRun.of("series", "--db", db, "--measure", "killed").outLines()).hasSize(2);
        assertThat(CliRun.of("series", "--db", db, "--country", "KP").outLines()).hasSize(4);
        assertThat(CliRun.of("series", "--db", db, "--country", "ua").out()).isEqualTo("(no series)\n");
        assertThat(CliRun.of("series", "--db", db, "--since", "2025-01-01").outLines()).hasSize(2)
                .last().asString().startsWith(KILLED);
    }

    @Test
    void printsOneSeriesTimelineRevisionsConflictsAndEstimates() {
        CliRun casualties = CliRun.of("series", "--db", db, CASUALTIES);
        CliRun killed = CliRun.of("series", "--db", db, KILLED);

        assertThat(casualties.exitCode()).isZero();
        assertThat(casualties.out()).startsWith("== " + CASUALTIES + "  KP military casualties · RU Kursk Oblast\n")
                .contains("beside: " + KILLED, "\nTimeline\n", "at least 3,000", "Volodymyr Zelensky",
                        "\nConflicts\n", "cannot both hold on 2024-12-23", "\nEstimates\n", "disputed");
        assertThat(killed.out()).contains("\nRevisions\n", "National Intelligence Service")
                .doesNotContain("Revisions\n(none)");
    }

    @Test
    void writesSeriesAsJsonlAndCsv() {
        CliRun list = CliRun.of("series", "--db", db, "--format", "jsonl");
        CliRun one = CliRun.of("series", "--db", db, CASUALTIES, "--format", "jsonl");
        CliRun csv = CliRun.of("series", "--db", db, "--format", "csv");
        CliRun timeline = CliRun.of("series", "--db", db, KILLED, "--format", "csv");

        assertThat(list.outLines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{\"key\":\"kp-"));
        assertThat(one.outLines()).singleElement().asString().startsWith("{\"key\":\"" + CASUALTIES + "\"")
                .contains("\"conflicts\":[{\"claims\":[");
        assertThat(csv.outLines()).hasSize(4).first().isEqualTo(SeriesCsv.LIST_HEADER);
        assertThat(timeline.outLines()).hasSize(3).first().isEqualTo(SeriesCsv.TIMELINE_HEADER);
        assertThat(timeline.outLines().get(1)).startsWith(KILLED + ",2024-12-19,").contains(",100,,false,asserted,");
    }

    @Test
    void namesAnUnknownSeriesOnStandardErrorAndExitsWithOne() {
        CliRun run = CliRun.of("series", "--db", db, "kp-military-missing");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("sitrep: no series kp-military-missing (sitrep series lists them)\n");
    }

    @Test
    void exportsOneEstimateRowPerSeriesAndDate() {
        CliRun run = CliRun.of("export", "--db", db, "--format", "estimates-csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo(EstimatesCsv.HEADER);
        assertThat(run.outLines()).hasSize(1 + 1 + 2 + 1);
        assertThat(run.outLines()).anySatisfy(row -> assertThat(row)
                .startsWith(CASUALTIES + "@2024-12-23," + CASUALTIES + ",2024,casualties,KP,military,RU,Kursk Oblast,")
                .contains(",1100,1100,3000,false,true,false,2,"));
    }

    @Test
    void refusesEstimatesCsvForClaimsAsAUsageError() {
        CliRun run = CliRun.of("claims", "--db", db, "--format", "estimates-csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("estimates-csv is for export");
    }

    private static void article(Path folder, String id, String published, String text) throws IOException {
        Files.writeString(folder.resolve(id + ".json"), "{\"id\":\"" + id + "\",\"published\":\"" + published
                + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}");
    }
}
