package org.sitrep.spark;

/**
 * The counts of one run, also written to {@code OUTPUT/summary.json}.
 *
 * @param files the files read
 * @param skippedFiles files left out for their type (not rejects)
 * @param articles articles extracted (each is one line of {@code jsonl/})
 * @param claims claims found (each is one row of {@code parquet/})
 * @param rejects inputs that gave no article (each is one line of {@code rejects/}, with its reason)
 */
public record JobSummary(long files, long skippedFiles, long articles, long claims, long rejects) {
    /** One human line: "12 files (1 skipped), 50,000 articles, 31,210 claims, 3 rejects". */
    public String line() {
        return String.format("%,d files (%,d skipped), %,d articles, %,d claims, %,d rejects",
                files, skippedFiles, articles, claims, rejects);
    }

    String json() {
        return String.format("{\"files\":%d,\"skipped_files\":%d,\"articles\":%d,\"claims\":%d,\"rejects\":%d}%n",
                files, skippedFiles, articles, claims, rejects);
    }
}
