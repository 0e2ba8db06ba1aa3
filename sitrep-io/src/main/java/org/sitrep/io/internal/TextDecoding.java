package org.sitrep.io.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Opens a byte stream as text: a UTF-8 byte order mark is dropped, UTF-16 with a byte order mark is decoded,
 * everything else must be UTF-8; the first 8 KB are checked for binary content before anything is decoded.
 */
final class TextDecoding {
    static final int SNIFF_BYTES = 8192;
    private static final double MAX_CONTROL_SHARE = 0.10;

    private TextDecoding() {
    }

    static StrictReader open(InputStream raw) throws IOException, ReadFailure {
        BufferedInputStream in = new BufferedInputStream(raw, 4 * SNIFF_BYTES);
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return utf8(in, head, 3);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return utf16(in, head, StandardCharsets.UTF_16BE);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return utf16(in, head, StandardCharsets.UTF_16LE);
        }
        return utf8(in, head, 0);
    }

    private static StrictReader utf8(BufferedInputStream in, byte[] head, int bom) throws IOException, ReadFailure {
        checkNotBinary(new String(head, bom, head.length - bom, StandardCharsets.ISO_8859_1));
        in.skipNBytes(bom);
        return new StrictReader(in, StandardCharsets.UTF_8, "UTF-8", bom);
    }

    private static StrictReader utf16(BufferedInputStream in, byte[] head, Charset charset)
            throws IOException, ReadFailure {
        checkNotBinary(new String(head, 2, head.length - 2, charset));
        in.skipNBytes(2);
        return new StrictReader(in, charset, "UTF-16", 2);
    }

    /** Binary: a NUL, or more than a tenth of control characters other than tab, line breaks, form feed and escape. */
    private static void checkNotBinary(String head) throws ReadFailure {
        int controls = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == 0) {
                throw new ReadFailure("binary file (a NUL byte in the first 8 KB)");
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F) {
                controls++;
            }
        }
        if (controls > MAX_CONTROL_SHARE * head.length()) {
            throw new ReadFailure("binary file (" + controls + " control characters in the first 8 KB)");
        }
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
