package org.sitrep.io.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import org.sitrep.core.Article;
import org.sitrep.io.ReadOptions;

/** The last step of every reader: the text checked and its line breaks normalised, the default date applied. */
final class Articles {
    private Articles() {
    }

    static Article finish(String id, String url, String outlet, String title, LocalDate published, String text,
            ReadOptions options) throws ReadFailure {
        if (text == null || text.isBlank()) {
            throw new ReadFailure("article has no text");
        }
        LocalDate date = published != null ? published : options.defaultPublished();
        return new Article(id, url, outlet, title, date, normaliseLineBreaks(text));
    }

    /** CRLF and lone CR become LF; nothing else changes, so offsets stay meaningful. */
    static String normaliseLineBreaks(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The file name without its last extension: the id of an article read from {@code path}. */
    static String idOf(Path path) {
        Path name = path.getFileName();
        String file = name == null ? path.toString() : name.toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** The lower-cased extension of the file name, without the dot; empty when there is none. */
    static String extensionOf(Path path) {
        Path name = path.getFileName();
        String file = name == null ? "" : name.toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
