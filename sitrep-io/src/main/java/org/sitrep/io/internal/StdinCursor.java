package org.sitrep.io.internal;

import java.io.IOException;
import java.io.InputStream;
import org.sitrep.io.ReadResult;

/**
 * Standard input ({@code -}): JSON (one object, several, JSON Lines, or arrays) when it starts with {@code {} or
 * {@code [}, else one plain-text article with id {@code stdin}. Standard input is never closed here.
 */
final class StdinCursor {
    static final String INPUT = "-";
    static final String ID = "stdin";

    private StdinCursor() {
    }

    static Cursor open(InputStream stdin, ReadContext context) {
        try {
            StrictReader reader = TextDecoding.open(stdin);
            Peeked peeked = Peeked.of(reader, context.maxBytes());
            if (peeked.startsLikeJson()) {
                return new JsonCursor(peeked.reader(), null, INPUT, ID, true, peeked.lines(), context);
            }
            if (peeked.first() < 0 && peeked.whitespace().isEmpty()) {
                return Cursor.of(new ReadResult.Failed(INPUT, "empty input"));
            }
            StringBuilder text = new StringBuilder(peeked.whitespace());
            char[] buffer = new char[8192];
            for (int n; (n = peeked.reader().read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
                if (reader.bytesRead() > context.maxBytes()) {
                    return Cursor.of(new ReadResult.Failed(INPUT, context.overLimit("standard input")));
                }
            }
            return Cursor.of(new ReadResult.Loaded(INPUT,
                    Articles.finish(ID, null, null, null, null, text.toString(), context.options())));
        } catch (ReadFailure e) {
            return Cursor.of(new ReadResult.Failed(INPUT, e.reason()));
        } catch (MalformedTextException e) {
            return Cursor.of(new ReadResult.Failed(INPUT, e.getMessage()));
        } catch (IOException e) {
            return Cursor.of(new ReadResult.Failed(INPUT, Problems.ofIo(e)));
        }
    }
}
