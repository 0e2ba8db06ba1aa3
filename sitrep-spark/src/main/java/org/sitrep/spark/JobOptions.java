package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.io.ReadOptions;

/**
 * What the job reads and where it writes.
 *
 * @param inputs files, folders or globs, in any file system Spark reads ({@code file:}, {@code hdfs:}, {@code s3a:})
 * @param output the folder the job creates, holding {@code jsonl/}, {@code parquet/}, {@code rejects/} and
 *     {@code summary.json}
 * @param partitions the least number of partitions extraction runs in: fewer input files than this are spread over
 *     this many partitions with a shuffle; 0 means Spark's default parallelism
 * @param maxBytes the largest article accepted, in bytes (as {@link ReadOptions#maxBytes()})
 */
public record JobOptions(List<String> inputs, String output, int partitions, long maxBytes) {
    public static final String USAGE = "usage: ExtractJob --input PATH... --output PATH [--partitions N] [--max-bytes N]";

    public JobOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no --input given");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must not be negative: " + partitions);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("--max-bytes must be positive: " + maxBytes);
        }
    }

    public static JobOptions of(List<String> inputs, String output) {
        return new JobOptions(inputs, output, 0, ReadOptions.DEFAULT_MAX_BYTES);
    }

    public JobOptions withPartitions(int count) {
        return new JobOptions(inputs, output, count, maxBytes);
    }

    /** Parses {@code --input PATH... --output PATH [--partitions N] [--max-bytes N]}; {@code --input} may repeat. */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        int partitions = 0;
        long maxBytes = ReadOptions.DEFAULT_MAX_BYTES;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> {
                    int first = i + 1;
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        inputs.add(args[++i]);
                    }
                    if (i < first) {
                        throw new IllegalArgumentException("--input needs at least one path");
                    }
                }
                case "--output" -> output = value(args, ++i, "--output");
                case "--partitions" -> partitions = (int) number(value(args, ++i, "--partitions"), "--partitions");
                case "--max-bytes" -> maxBytes = number(value(args, ++i, "--max-bytes"), "--max-bytes");
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("no --output given");
        }
        return new JobOptions(inputs, output, partitions, maxBytes);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String value, String option) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number: " + value);
        }
    }
}
