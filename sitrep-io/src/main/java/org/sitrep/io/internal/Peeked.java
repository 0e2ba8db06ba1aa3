package org.sitrep.io.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * A reader whose leading whitespace has been read, to see whether the content starts like JSON.
 *
 * @param reader the rest of the input, starting with {@code first}
 * @param first the first character after the whitespace, or -1 at the end of the input
 * @param whitespace the leading whitespace read, kept for plain text
 * @param lines the line breaks in that whitespace, to number JSON lines as the input does
 */
record Peeked(PushbackReader reader, int first, String whitespace, int lines) {
    static Peeked of(Reader in, long maxChars) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        StringBuilder whitespace = new StringBuilder();
        int lines = 0;
        int c = reader.read();
        while (c >= 0 && Character.isWhitespace(c) && whitespace.length() <= maxChars) {
            boolean lineBreak = c == '\n' && (whitespace.length() == 0 || whitespace.charAt(whitespace.length() - 1) != '\r');
            if (c == '\r' || lineBreak) {
                lines++;
            }
            whitespace.append((char) c);
            c = reader.read();
        }
        if (c >= 0) {
            reader.unread(c);
        }
        return new Peeked(reader, c, whitespace.toString(), lines);
    }

    boolean startsLikeJson() {
        return first == '{' || first == '[';
    }
}
