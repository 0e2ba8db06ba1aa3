package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The identity of an article's text: SHA-256 of its UTF-8 bytes, as 64 lower-case hex digits. */
public final class ContentHash {
    /** How many hex digits of the hash make an article's key, its id in exports ("3f9c2a1b0d4e5f60"). */
    public static final int KEY_LENGTH = 16;

    private ContentHash() {
    }

    public static String of(String text) {
        return sha256Hex(text);
    }

    /** The short key of the article whose content hash is {@code hash}. */
    public static String key(String hash) {
        return hash.substring(0, KEY_LENGTH);
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
