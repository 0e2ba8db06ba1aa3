package org.sitrep.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a byte stream, refusing malformed input with the byte offset of the first bad byte (where
 * {@link java.io.InputStreamReader} would substitute U+FFFD), and counting the bytes decoded so far.
 */
final class StrictReader extends Reader {
    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String charsetName;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private long base;
    private boolean endOfInput;
    private boolean finished;
    private MalformedTextException error;

    /** @param skipped bytes already consumed before {@code in} (a byte order mark), counted in offsets */
    StrictReader(InputStream in, Charset charset, String charsetName, long skipped) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.charsetName = charsetName;
        this.base = skipped;
    }

    /** Bytes of the input decoded so far, byte order mark included. */
    long bytesRead() {
        return base + bytes.position();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next chars; text before a bad byte is delivered first, the error on the call after. */
    private boolean fill() throws IOException {
        if (error != null) {
            throw error;
        }
        chars.clear();
        try {
            while (chars.position() == 0 && !finished) {
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    error = new MalformedTextException(charsetName, bytesRead());
                    if (chars.position() == 0) {
                        throw error;
                    }
                    break;
                }
                if (result.isUnderflow()) {
                    if (endOfInput) {
                        decoder.flush(chars);
                        finished = true;
                    } else {
                        refill();
                    }
                }
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    private void refill() throws IOException {
        base += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
