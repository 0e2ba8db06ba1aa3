package org.sitrep.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.core.Article;
import org.sitrep.io.ReadResult;

/** Opens one file, or a stream named like one, by its extension: {@code .txt}, {@code .html}/{@code .htm}, {@code .json}, {@code .jsonl}. */
final class FileCursors {
    static final String NOT_AN_ARTICLE_FILE = "not a .txt, .html, .htm, .json or .jsonl file";

    private FileCursors() {
    }

    static Cursor open(Path path, String input, ReadContext context) {
        try {
            if (!Files.exists(path)) {
                return Cursor.of(new ReadResult.Failed(input, "file not found"));
            }
            if (!Files.isRegularFile(path)) {
                return Cursor.of(new ReadResult.Skipped(input, "not a regular file"));
            }
            if (!isArticleExtension(Articles.extensionOf(path))) {
                return Cursor.of(new ReadResult.Skipped(input, NOT_AN_ARTICLE_FILE));
            }
            return open(input, path, Files.size(path), Files.newInputStream(path), context);
        } catch (IOException e) {
            return Cursor.of(new ReadResult.Failed(input, Problems.ofIo(e)));
        }
    }

    /**
     * Reads {@code in} as the file {@code path} names (its extension picks the format, its name gives the ids);
     * {@code size} is its length in bytes, or -1 when unknown. The cursor owns {@code in} and closes it.
     */
    static Cursor open(String input, Path path, long size, InputStream in, ReadContext context) {
        String extension = Articles.extensionOf(path);
        try {
            if (!isArticleExtension(extension)) {
                in.close();
                return Cursor.of(new ReadResult.Skipped(input, NOT_AN_ARTICLE_FILE));
            }
            if (size == 0) {
                in.close();
                return Cursor.of(new ReadResult.Failed(input, "empty file"));
            }
            return switch (extension) {
                case "jsonl" -> openJsonl(in, input, Articles.idOf(path), context);
                case "json" -> openJson(in, input, Articles.idOf(path), size, context);
                default -> Cursor.of(new ReadResult.Loaded(input,
                        readWhole(in, Articles.idOf(path), extension, size, context)));
            };
        } catch (ReadFailure e) {
            return Cursor.of(new ReadResult.Failed(input, e.reason()));
        } catch (IOException e) {
            return Cursor.of(new ReadResult.Failed(input, Problems.ofIo(e)));
        }
    }

    private static Cursor openJsonl(InputStream in, String input, String idBase, ReadContext context)
            throws IOException, ReadFailure {
        try {
            return new JsonlCursor(TextDecoding.open(in), input, idBase, context);
        } catch (IOException | ReadFailure | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static boolean isArticleExtension(String extension) {
        return switch (extension) {
            case "txt", "html", "htm", "json", "jsonl" -> true;
            default -> false;
        };
    }

    private static Article readWhole(InputStream in, String id, String extension, long size, ReadContext context)
            throws IOException, ReadFailure {
        if (size > context.maxBytes()) {
            in.close();
            throw new ReadFailure(context.overLimit("the file", size));
        }
        String text;
        try (StrictReader reader = TextDecoding.open(in)) {
            StringBuilder builder = new StringBuilder((int) Math.max(16, Math.min(size, context.maxBytes())));
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                builder.append(buffer, 0, n);
                if (reader.bytesRead() > context.maxBytes()) {
                    throw new ReadFailure(context.overLimit("the file"));
                }
            }
            text = builder.toString();
        } catch (MalformedTextException e) {
            throw new ReadFailure(e.getMessage());
        } finally {
            in.close();
        }
        return extension.equals("txt")
                ? Articles.finish(id, null, null, null, null, text, context.options())
                : HtmlArticle.parse(text, id, context.options());
    }

    /**
     * A JSON array is streamed (the limit is per article); a single object must fit the limit as a whole file (when
     * the size is unknown, the per-article limit of the reader applies to it too).
     */
    private static Cursor openJson(InputStream in, String input, String idBase, long size, ReadContext context)
            throws IOException, ReadFailure {
        try {
            StrictReader reader = TextDecoding.open(in);
            Peeked peeked = Peeked.of(reader, context.maxBytes());
            if (size > context.maxBytes() && peeked.first() != '[') {
                throw new ReadFailure(context.overLimit("the file", size));
            }
            return new JsonCursor(peeked.reader(), reader, input, idBase, false, peeked.lines(), context);
        } catch (MalformedTextException e) {
            in.close();
            throw new ReadFailure(e.getMessage());
        } catch (IOException | ReadFailure | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
