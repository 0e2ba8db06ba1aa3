package org.sitrep.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.core.Article;
import org.sitrep.io.ReadResult;

/** Opens one file by its extension: {@code .txt}, {@code .html}/{@code .htm}, {@code .json}, {@code .jsonl}. */
final class FileCursors {
    static final String NOT_AN_ARTICLE_FILE = "not a .txt, .html, .htm, .json or .jsonl file";

    private FileCursors() {
    }

    static Cursor open(Path path, String input, ReadContext context) {
        try {
            if (!Files.exists(path)) {
                return Cursor.of(new ReadResult.Failed(input, "file not found"));
            }
            String extension = Articles.extensionOf(path);
            if (!Files.isRegularFile(path)) {
                return Cursor.of(new ReadResult.Skipped(input, "not a regular file"));
            }
            if (!isArticleExtension(extension)) {
                return Cursor.of(new ReadResult.Skipped(input, NOT_AN_ARTICLE_FILE));
            }
            long size = Files.size(path);
            if (size == 0) {
                return Cursor.of(new ReadResult.Failed(input, "empty file"));
            }
            return switch (extension) {
                case "jsonl" -> new JsonlCursor(TextDecoding.open(Files.newInputStream(path)), input, Articles.idOf(path), context);
                case "json" -> openJson(path, input, size, context);
                default -> Cursor.of(new ReadResult.Loaded(input, readWhole(path, extension, size, context)));
            };
        } catch (ReadFailure e) {
            return Cursor.of(new ReadResult.Failed(input, e.reason()));
        } catch (IOException e) {
            return Cursor.of(new ReadResult.Failed(input, Problems.ofIo(e)));
        }
    }

    private static boolean isArticleExtension(String extension) {
        return switch (extension) {
            case "txt", "html", "htm", "json", "jsonl" -> true;
            default -> false;
        };
    }

    private static Article readWhole(Path path, String extension, long size, ReadContext context)
            throws IOException, ReadFailure {
        if (size > context.maxBytes()) {
            throw new ReadFailure(context.overLimit("the file", size));
        }
        String text;
        try (StrictReader reader = TextDecoding.open(Files.newInputStream(path))) {
            StringBuilder builder = new StringBuilder((int) size);
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
        }
        String id = Articles.idOf(path);
        return extension.equals("txt")
                ? Articles.finish(id, null, null, null, null, text, context.options())
                : HtmlArticle.parse(text, id, context.options());
    }

    /** A JSON array is streamed (the limit is per article); a single object must fit the limit as a whole file. */
    private static Cursor openJson(Path path, String input, long size, ReadContext context)
            throws IOException, ReadFailure {
        InputStream in = Files.newInputStream(path);
        try {
            StrictReader reader = TextDecoding.open(in);
            Peeked peeked = Peeked.of(reader, context.maxBytes());
            if (size > context.maxBytes() && peeked.first() != '[') {
                throw new ReadFailure(context.overLimit("the file", size));
            }
            return new JsonCursor(peeked.reader(), reader, input, Articles.idOf(path), false, peeked.lines(), context);
        } catch (MalformedTextException e) {
            in.close();
            throw new ReadFailure(e.getMessage());
        } catch (IOException | ReadFailure | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
