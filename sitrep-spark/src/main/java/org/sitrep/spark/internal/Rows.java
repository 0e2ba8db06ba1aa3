package org.sitrep.spark.internal;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.core.Claim;
import org.sitrep.core.Cue;
import org.sitrep.core.Extraction;
import org.sitrep.core.Figure;
import org.sitrep.core.Source;
import org.sitrep.core.Span;
import org.sitrep.extract.Extractor;
import org.sitrep.io.ClaimJson;
import org.sitrep.io.LineOptions;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The one place where records become Spark rows. Every input becomes one {@link #OUTCOME} row: an article's
 * metadata, its claims as a JSONL line in the claim format (with the article's text and the extractor version, for
 * {@code sitrep load}) and as {@link #CLAIM} structs, or a reject's reason. The Parquet output is
 * {@link #ARTICLE_COLUMNS} followed by the fields of {@link #CLAIM}, one row per claim (documented in
 * {@code docs/spark.md}).
 */
public final class Rows {
    /** The article columns every Parquet row starts with, in order. */
    public static final List<String> ARTICLE_COLUMNS = List.of(
            "article_id", "article_url", "article_outlet", "article_title", "article_published", "input");

    private static final StructType SOURCE = struct(
            field("text", StringType), field("name", StringType), field("kind", StringType),
            field("country", StringType));
    private static final StructType CUE = struct(
            field("text", StringType), field("kind", StringType), field("start", IntegerType),
            field("end", IntegerType));
    private static final StructType SPAN = struct(field("start", IntegerType), field("end", IntegerType));

    /** One claim with its figure's fields flattened; nested only where the claim format has lists. */
    public static final StructType CLAIM = struct(
            field("claim_id", StringType), field("type", StringType), field("measure", StringType),
            field("subject_text", StringType), field("subject_country", StringType), field("subject_role", StringType),
            field("value_text", StringType), field("value_low", LongType), field("value_high", LongType),
            field("value_approx", BooleanType), field("value_start", IntegerType), field("value_end", IntegerType),
            field("certainty", StringType),
            field("source_name", StringType), field("source_kind", StringType), field("source_country", StringType),
            field("sources", createArrayType(SOURCE, false)), field("cues", createArrayType(CUE, false)),
            field("place_name", StringType), field("place_country", StringType), field("place_lat", DoubleType),
            field("place_lon", DoubleType), field("place_precision", StringType),
            field("time_text", StringType), field("time_start", DateType), field("time_end", DateType),
            field("time_precision", StringType),
            field("mentions", createArrayType(SPAN, false)), field("extractor_version", StringType));

    /** What one input gave; {@code reason} is null for an article, and the other fields are null for a reject. */
    public static final StructType OUTCOME = struct(
            field("article_id", StringType), field("article_url", StringType), field("article_outlet", StringType),
            field("article_title", StringType), field("article_published", DateType), field("input", StringType),
            field("reason", StringType), field("line", StringType), field("claims", createArrayType(CLAIM, false)));

    private Rows() {
    }

    /** The outcome of each record, lazily, with this JVM's extractor. */
    public static Iterator<Row> outcomes(Iterator<ArticleRecord> records) {
        Extractor extractor = ExtractorHolder.extractor();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                return outcome(records.next(), extractor);
            }
        };
    }

    /** A bug in the extractor for one article (a runtime exception) rejects that article, not the job. */
    static Row outcome(ArticleRecord record, Extractor extractor) {
        if (record.isRejected()) {
            return rejected(record.input(), record.reason());
        }
        Extraction extraction;
        try {
            extraction = extractor.extract(record.article());
        } catch (RuntimeException e) {
            return rejected(record.input(), "extractor failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        List<Row> claims = new ArrayList<>(extraction.claims().size());
        for (Claim claim : extraction.claims()) {
            claims.add(claim((Figure) claim));
        }
        return RowFactory.create(record.id(), record.url(), record.outlet(), record.title(), record.published(),
                record.input(), null, ClaimJson.toLine(extraction, LineOptions.storable(Extractor.VERSION)), seq(claims));
    }

    private static Row rejected(String input, String reason) {
        return RowFactory.create(null, null, null, null, null, input, reason, null, null);
    }

    private static Row claim(Figure figure) {
        Source first = figure.sources().isEmpty() ? null : figure.sources().get(0);
        return RowFactory.create(
                figure.id(), figure.type(), figure.measure().wireName(),
                figure.subject().text(), figure.subject().country(), figure.subject().role().wireName(),
                figure.value().text(), figure.value().low(), figure.value().high(), figure.value().approx(),
                start(figure.value().span()), end(figure.value().span()),
                figure.certainty().wireName(),
                first == null ? null : first.name(), first == null ? null : first.kind().wireName(),
                first == null ? null : first.country(),
                seq(figure.sources().stream().map(Rows::source).toList()), seq(figure.cues().stream().map(Rows::cue).toList()),
                figure.place() == null ? null : figure.place().name(),
                figure.place() == null ? null : figure.place().country(),
                figure.place() == null ? null : figure.place().lat(),
                figure.place() == null ? null : figure.place().lon(),
                figure.place() == null ? null : figure.place().precision().wireName(),
                figure.time() == null ? null : figure.time().text(),
                figure.time() == null ? null : figure.time().start(),
                figure.time() == null ? null : figure.time().end(),
                figure.time() == null ? null : figure.time().precision().wireName(),
                seq(figure.mentions().stream().map(span -> RowFactory.create(span.start(), span.end())).toList()),
                Extractor.VERSION);
    }

    private static Row source(Source source) {
        return RowFactory.create(source.text(), source.name(), source.kind().wireName(), source.country());
    }

    private static Row cue(Cue cue) {
        return RowFactory.create(cue.text(), cue.kind().wireName(), cue.span().start(), cue.span().end());
    }

    /** Spark's row encoder takes Scala sequences for array columns. */
    private static Seq<Row> seq(List<Row> rows) {
        return CollectionConverters.asScala(rows);
    }

    private static Integer start(Span span) {
        return span == null ? null : span.start();
    }

    private static Integer end(Span span) {
        return span == null ? null : span.end();
    }

    private static StructType struct(StructField... fields) {
        return createStructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return createStructField(name, type, true);
    }
}
