package org.sitrep.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.sitrep.core.Extraction;
import org.sitrep.io.internal.ClaimParser;
import org.sitrep.io.internal.ClaimWriter;

/**
 * The claim format (v1): one {@code {"article":{...},"claims":[...]}} object per article, written with a streaming
 * generator in the field order of the format's example. Non-ASCII text is written as is (UTF-8 once encoded),
 * never as escape sequences. Thread-safe.
 */
public final class ClaimJson {
    private static final JsonFactory JSON = new JsonFactory();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));

    private ClaimJson() {
    }

    /** One JSON Lines line (no trailing newline) in the claim format: {@code {"article":{...},"claims":[...]}}. */
    public static String toLine(Extraction extraction, boolean explain) {
        return write(extraction, LineOptions.defaults().withExplain(explain), false);
    }

    /**
     * One JSON Lines line with what {@code options} adds to the claim format: {@code article.text} after the
     * article's other fields, and {@code extractor_version} after {@code claims}. With {@link LineOptions#defaults()}
     * the same line as {@link #toLine(Extraction, boolean)} without explain.
     */
    public static String toLine(Extraction extraction, LineOptions options) {
        return write(extraction, Objects.requireNonNull(options, "options"), false);
    }

    /** The same object pretty-printed (for {@code --format json}), without a trailing newline. */
    public static String toPrettyJson(Extraction extraction, boolean explain) {
        return write(extraction, LineOptions.defaults().withExplain(explain), true);
    }

    /**
     * Parses a line written by {@link #toLine} back into an {@link Extraction} with no diagnostics. The article's text
     * is the line's {@code article.text}, empty when the line has none; {@code explain} is empty unless the line
     * carries it.
     *
     * @throws IllegalArgumentException when the line is not valid JSON in the claim format
     */
    public static Extraction fromLine(String line) {
        return ClaimParser.parse(line).extraction();
    }

    /**
     * As {@link #fromLine}, with the line's {@code extractor_version} when it has one.
     *
     * @throws IllegalArgumentException when the line is not valid JSON in the claim format
     */
    public static ClaimLine readLine(String line) {
        return ClaimParser.parse(line);
    }

    private static String write(Extraction extraction, LineOptions options, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            if (pretty) {
                DefaultPrettyPrinter printer = PRETTY.createInstance();
                printer.indentObjectsWith(INDENT);
                printer.indentArraysWith(INDENT);
                generator.setPrettyPrinter(printer);
            }
            ClaimWriter.write(generator, extraction, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
