package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.sitrep.spark.internal.ArticleRecord;
import org.sitrep.spark.internal.FileReading;
import org.sitrep.spark.internal.InputListing;
import org.sitrep.spark.internal.Rows;

/**
 * The extractor as a Spark batch job: {@code spark-submit --class org.sitrep.spark.ExtractJob sitrep-spark.jar
 * --input PATH... --output PATH}. Reads article files (JSONL, JSON, text, HTML, as {@code sitrep extract} does) and
 * web archives (WARC, WARC.gz) from any file system Spark reads, one task per file, and writes under OUTPUT:
 * {@code jsonl/} (the claim format, one line per article), {@code parquet/} (one row per claim with its article's
 * metadata), {@code rejects/} (one JSON line per input that gave no article, with its reason) and
 * {@code summary.json}. Bad inputs are counted and written to {@code rejects/}; they never fail the job.
 */
public final class ExtractJob {
    private static final String[] OUTPUTS = {"jsonl", "parquet", "rejects", "summary.json"};

    private ExtractJob() {
    }

    /** Exit codes: 0 done (rejects included), 2 bad arguments or an existing output. */
    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep-spark: " + e.getMessage() + "\n" + JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("sitrep extract").getOrCreate();
        int exit = 0;
        try {
            System.out.println("sitrep-spark: " + run(spark, options).line() + " -> " + options.output());
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep-spark: " + e.getMessage());
            exit = 2;
        } finally {
            spark.stop();
        }
        System.exit(exit);
    }

    /**
     * Runs the job in {@code spark} and waits for it.
     *
     * @throws IllegalArgumentException when an output of the job already exists under {@code options.output()}
     */
    public static JobSummary run(SparkSession spark, JobOptions options) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            Path output = new Path(options.output());
            FileSystem fs = output.getFileSystem(conf);
            checkFresh(fs, output);
            InputListing listing = InputListing.list(conf, options.inputs());
            Dataset<Row> outcomes = outcomes(spark, listing, options).persist(StorageLevel.MEMORY_AND_DISK());
            try {
                JobSummary summary = write(outcomes, listing, options.output());
                try (OutputStream out = fs.create(new Path(output, "summary.json"), false)) {
                    out.write(summary.json().getBytes(StandardCharsets.UTF_8));
                }
                return summary;
            } finally {
                outcomes.unpersist();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkFresh(FileSystem fs, Path output) throws IOException {
        for (String name : OUTPUTS) {
            if (fs.exists(new Path(output, name))) {
                throw new IllegalArgumentException("the output already exists: " + new Path(output, name));
            }
        }
    }

    /** One outcome row per input; files are read one per task, then spread over more partitions if too few. */
    private static Dataset<Row> outcomes(SparkSession spark, InputListing listing, JobOptions options) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
        long maxBytes = options.maxBytes();
        JavaRDD<ArticleRecord> records = context.parallelize(listing.files(), Math.max(1, listing.files().size()))
                .flatMap(file -> FileReading.read(file, conf.value(), maxBytes));
        if (!listing.missing().isEmpty()) {
            records = records.union(context.parallelize(new ArrayList<>(listing.missing()), 1));
        }
        int partitions = options.partitions() > 0 ? options.partitions() : context.defaultParallelism();
        if (listing.files().size() < partitions) {
            records = records.repartition(partitions);
        }
        return spark.createDataFrame(records.mapPartitions(Rows::outcomes), Rows.OUTCOME);
    }

    private static JobSummary write(Dataset<Row> outcomes, InputListing listing, String output) {
        Column article = col("reason").isNull();
        Row counts = outcomes.agg(count(when(article, 1)), sum(when(article, size(col("claims")))),
                count(col("reason"))).first();
        Dataset<Row> articles = outcomes.filter(article);
        articles.select("line").write().text(output + "/jsonl");
        List<Column> columns = new ArrayList<>();
        Rows.ARTICLE_COLUMNS.forEach(name -> columns.add(col(name)));
        columns.add(explode(col("claims")).as("claim"));
        articles.select(columns.toArray(Column[]::new)).select(parquetColumns()).write().parquet(output + "/parquet");
        outcomes.filter(col("reason").isNotNull()).select("input", "reason").write().json(output + "/rejects");
        long claims = counts.isNullAt(1) ? 0 : counts.getLong(1);
        return new JobSummary(listing.files().size(), listing.skipped(), counts.getLong(0), claims, counts.getLong(2));
    }

    private static Column[] parquetColumns() {
        List<Column> columns = new ArrayList<>();
        Rows.ARTICLE_COLUMNS.forEach(name -> columns.add(col(name)));
        for (String name : Rows.CLAIM.fieldNames()) {
            columns.add(col("claim." + name).as(name));
        }
        return columns.toArray(Column[]::new);
    }
}
