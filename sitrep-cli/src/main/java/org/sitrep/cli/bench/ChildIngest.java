package org.sitrep.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code sitrep ingest} in a JVM of its own, as a user runs it, and reads the rate from its summary line: an
 * ingest measured inside the benchmark's JVM would share its compiler and heap with the corpus generator that ran
 * just before. The child gets this JVM's java, class path and options (less debugging and profiling agents).
 */
public final class ChildIngest {
    /** The end of {@code sitrep ingest}'s summary line: "...; 17.5 s, 572 articles/s". */
    private static final Pattern TAIL = Pattern.compile("; ([0-9]+\\.[0-9]) s, [0-9,]+ articles/s$");
    private static final Pattern ARTICLES = Pattern.compile("([0-9,]+) new articles");
    private static final Pattern CLAIMS = Pattern.compile("([0-9,]+) claims;");

    private ChildIngest() {
    }

    /** What the run stored and how long it took, by its own clock (reading, extracting and storing). */
    public record Result(long articles, long claims, double seconds, String summary) {
        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    /** Ingests {@code corpus} into a new store at {@code db} on {@code threads} extraction threads. */
    public static Result run(String mainClass, Path corpus, Path db, int threads) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-agentlib") && !option.startsWith("-javaagent")
                    && !option.startsWith("-Xrunjdwp") && !option.startsWith("-XX:StartFlightRecording")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass, "ingest", "--db",
                db.toString(), "--threads", Integer.toString(threads), corpus.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("sitrep ingest failed (exit " + exit + "): " + output);
        }
        String summary = output.lines().filter(line -> line.startsWith("run ")).reduce((a, b) -> b).orElse("");
        Matcher tail = TAIL.matcher(summary);
        if (!tail.find()) {
            throw new IllegalStateException("sitrep ingest printed no summary: " + output);
        }
        return new Result(count(ARTICLES, summary), count(CLAIMS, summary),
                Double.parseDouble(tail.group(1)), summary);
    }

    /** The count {@code pattern} finds in the summary ("10,000 new articles", "88,334 claims;"). */
    private static long count(Pattern pattern, String summary) {
        Matcher number = pattern.matcher(summary);
        if (!number.find()) {
            throw new IllegalStateException("no " + pattern.pattern() + " in: " + summary);
        }
        return Long.parseLong(number.group(1).replace(",", ""));
    }
}
