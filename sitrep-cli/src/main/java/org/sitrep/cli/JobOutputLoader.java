package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.IngestListener;
import org.sitrep.ingest.IngestReport;
import org.sitrep.io.ClaimJson;
import org.sitrep.io.ClaimLine;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.PutOutcome;
import org.sitrep.store.RunCounts;
import org.sitrep.store.Sighting;
import org.sitrep.store.StoreException;

/**
 * Loads the claim lines the Spark job wrote ({@code OUTPUT/jsonl/part-*}) into the store as one run, line by line:
 * each line's article, text and claims in one transaction through {@link ClaimStore#put}, so a text is stored once
 * and loading again stores nothing twice. An article is recorded at its URL, else at {@code FILE#LINE} of the part
 * file. A line that cannot be read, or has no text, is recorded as a failure with its reason and the load goes on.
 * Not thread-safe: one loader per run.
 */
final class JobOutputLoader {
    static final String NO_TEXT = "the line has no article text (written by a sitrep-spark job older than "
            + "'sitrep load', or not by the job): run the job again";
    private static final long UPDATE_NANOS = 1_000_000_000L;

    private final ClaimStore store;
    private final Clock clock;
    private final IngestListener listener;
    private RunCounts counts = RunCounts.ZERO;
    private long runId;
    private long lastUpdate;

    JobOutputLoader(ClaimStore store, Clock clock, IngestListener listener) {
        this.store = store;
        this.clock = clock;
        this.listener = listener;
    }

    /** The folder whose files hold the lines: {@code DIR/jsonl} when there is one, else DIR itself. */
    static Path linesFolder(Path dir) {
        Path jsonl = dir.resolve("jsonl");
        return Files.isDirectory(jsonl) ? jsonl : dir;
    }

    /** The line files under {@code folder}, in path order: {@code *.jsonl} and {@code part-*}, hidden ones left out. */
    static List<Path> lineFiles(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).filter(JobOutputLoader::isLineFile).sorted().toList();
        }
    }

    /** Loads every line file under {@link #linesFolder}{@code (dir)} as one run named {@code load DIR}. */
    IngestReport load(Path dir) throws IOException {
        long began = System.nanoTime();
        runId = store.startRun("load", List.of(dir.toString()));
        lastUpdate = began;
        for (Path file : lineFiles(linesFolder(dir))) {
            loadFile(file);
        }
        store.updateRun(runId, counts, true);
        return new IngestReport(runId, counts, Duration.ofNanos(System.nanoTime() - began));
    }

    private void loadFile(Path file) {
        long number = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    loadLine(file + "#" + number, line);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            fail(number == 0 ? file.toString() : file + "#" + (number + 1), "cannot read the file: " + e.getMessage());
        }
    }

    private void loadLine(String input, String line) {
        ClaimLine claims;
        try {
            claims = ClaimJson.readLine(line);
        } catch (IllegalArgumentException e) {
            fail(input, e.getMessage());
            return;
        }
        if (!claims.hasText()) {
            fail(input, NO_TEXT);
            return;
        }
        String version = claims.extractorVersion() != null ? claims.extractorVersion() : Extractor.VERSION;
        try {
            Sighting sighting = Sighting.of(claims.extraction().article(), input, clock.instant());
            PutOutcome outcome = store.put(sighting, version, claims::extraction);
            counts = counts.plus(outcome);
            listener.stored(input, outcome);
        } catch (StoreException | IllegalArgumentException e) {
            fail(input, "not stored: " + e.getMessage());
        }
        maybeUpdate();
    }

    private void fail(String input, String reason) {
        store.recordFailure(runId, input, reason, false);
        counts = counts.plusFailure();
        listener.failed(input, reason, false);
    }

    private void maybeUpdate() {
        long now = System.nanoTime();
        if (now - lastUpdate >= UPDATE_NANOS) {
            store.updateRun(runId, counts, false);
            lastUpdate = now;
        }
    }

    private static boolean isLineFile(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("_") && (name.endsWith(".jsonl") || name.startsWith("part-"));
    }
}
