package org.sitrep.io.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r} ended) without ever holding more than {@code maxBytes} of
 * one: a longer line is scanned to its end and returned without its text.
 */
final class LineReader {
    /** One line, 1-based; {@code text} is null when the line was over the limit. */
    record Line(long number, String text) {
    }

    private final Reader in;
    private final long maxBytes;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private long number;

    LineReader(Reader in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The line the next call reads, 1-based. */
    long nextNumber() {
        return number + 1;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        long bytes = 0;
        boolean seen = false;
        while (true) {
            if (position == limit && !refill()) {
                if (!seen) {
                    return null;
                }
                break;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            seen = true;
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            if (text != null) {
                bytes += utf8Length(start, position);
                text = bytes > maxBytes ? null : text.append(buffer, start, position - start);
            }
            if (position < limit) {
                skipLineFeed = buffer[position++] == '\r';
                break;
            }
        }
        number++;
        return new Line(number, text == null ? null : text.toString());
    }

    private boolean refill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private long utf8Length(int from, int to) {
        long length = 0;
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            length += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return length;
    }
}
