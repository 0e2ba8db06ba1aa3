package org.sitrep.ingest.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fetched or archived response: where it came from, its media type and its body, decoded by the charset its
 * Content-Type names, else the one a {@code <meta charset>} in its first 2 KB names, else UTF-8.
 */
record Page(String url, String contentType, byte[] body) {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    /** The media type without parameters, lower-cased; empty when unknown. */
    String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    boolean isHtml() {
        String type = mediaType();
        return type.equals("text/html") || type.equals("application/xhtml+xml")
                || (type.isEmpty() || type.equals("text/plain")) && looksLikeHtml();
    }

    boolean looksLikeFeed() {
        String type = mediaType();
        if (type.contains("rss") || type.contains("atom")) {
            return true;
        }
        String head = head().strip().toLowerCase(Locale.ROOT);
        return (type.contains("xml") || type.isEmpty() || type.equals("text/plain"))
                && (head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed"))
                && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf"));
    }

    String text() {
        return new String(body, charset());
    }

    private boolean looksLikeHtml() {
        String head = head().toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body");
    }

    private String head() {
        return new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
    }

    private Charset charset() {
        Charset named = named(contentType);
        if (named == null) {
            named = named(head());
        }
        return named != null ? named : StandardCharsets.UTF_8;
    }

    private static Charset named(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = CHARSET.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
