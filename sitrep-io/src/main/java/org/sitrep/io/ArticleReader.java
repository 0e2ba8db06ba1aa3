package org.sitrep.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sitrep.io.internal.HtmlArticle;
import org.sitrep.io.internal.InputCursor;
import org.sitrep.io.internal.ReadContext;

/**
 * Reads articles from files ({@code .txt}, {@code .html}/{@code .htm}, {@code .json} holding an object or an array,
 * {@code .jsonl}), folders (recursively, in byte order of their relative paths) and standard input ({@code -}).
 * Immutable and thread-safe; each {@link #read} call has its own state.
 *
 * <p>Article ids: a JSON object's {@code id}; otherwise the file name without extension for a text, HTML or
 * single-object JSON file, {@code FILE#LINE} for a JSONL line, {@code FILE#N} for the N-th element of a JSON
 * array, {@code stdin} for standard input (plain text or one object) and {@code stdin#LINE} for one of several
 * JSON objects on it. Texts keep every character except that CRLF and CR become LF. Files of other extensions are
 * {@link ReadResult.Skipped}; an input over {@link ReadOptions#maxBytes()} (a whole file, checked before reading it,
 * a JSONL line, or an article of a JSON array), binary, not valid UTF-8 (UTF-16 is read when it has a byte order
 * mark), malformed JSON, empty, or without text is {@link ReadResult.Failed} and the other inputs are still read.
 */
public final class ArticleReader {
    private final ReadContext context;

    private ArticleReader(ReadContext context) {
        this.context = context;
    }

    public static ArticleReader create(ReadOptions options) {
        return new ArticleReader(ReadContext.of(Objects.requireNonNull(options, "options")));
    }

    /**
     * Every article of the inputs, in order, lazily: at most one file is open and one article held at a time, so a
     * 50 MB JSONL file streams through. {@code "-"} reads {@code stdin}, which is never closed. The caller closes
     * the stream, which closes any file still open. Never throws for bad input: yields {@link ReadResult.Failed}.
     */
    public Stream<ReadResult> read(List<String> inputs, InputStream stdin) {
        return stream(new InputCursor(inputs, stdin, context));
    }

    /**
     * Reads one input that is already open as a stream (a file on a distributed file system, an archive entry) as
     * {@link #read(List, InputStream)} reads a local file of that name: the extension of the last {@code /}-separated
     * segment of {@code input} picks the format, that segment gives the ids, and results carry {@code input}.
     * {@code size} is the length in bytes, or -1 when unknown (the per-article limit still applies). Closing the
     * returned stream closes {@code in}. Never throws for bad input: yields {@link ReadResult.Failed}.
     */
    public Stream<ReadResult> read(String input, InputStream in, long size) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(in, "in");
        Path name;
        try {
            name = Path.of(input.substring(input.lastIndexOf('/') + 1));
        } catch (InvalidPathException e) {
            return Stream.<ReadResult>of(new ReadResult.Failed(input, "not a valid path")).onClose(() -> close(in));
        }
        return stream(InputCursor.ofStream(input, name, size, in, context));
    }

    /**
     * The article of one HTML page held in memory (a crawl record), read as an {@code .html} file would be but with
     * {@code id} as its id: {@link ReadResult.Loaded}, or {@link ReadResult.Failed} when the page has no text.
     */
    public ReadResult readHtml(String input, String id, String html) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(html, "html");
        return HtmlArticle.read(input, id, html, context);
    }

    private static Stream<ReadResult> stream(InputCursor cursor) {
        Spliterator<ReadResult> results = new Spliterators.AbstractSpliterator<>(
                Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super ReadResult> action) {
                ReadResult result = cursor.next();
                if (result == null) {
                    return false;
                }
                action.accept(result);
                return true;
            }
        };
        return StreamSupport.stream(results, false).onClose(cursor::close);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // an input that was never read loses nothing when its close fails
        }
    }
}
