package org.sitrep.cli.bench;

/**
 * One timed run: {@code articles} extracted by {@code threads} threads in {@code nanos}, holding {@code textBytes}
 * bytes of UTF-8 text, yielding {@code claims} claims.
 */
public record Measurement(int threads, long articles, long nanos, long textBytes, long claims) {
    public Measurement {
        if (threads < 1 || articles < 0 || nanos <= 0 || textBytes < 0 || claims < 0) {
            throw new IllegalArgumentException("not a measurement: " + threads + " threads, " + articles
                    + " articles, " + nanos + " ns, " + textBytes + " bytes, " + claims + " claims");
        }
    }

    public double seconds() {
        return nanos / 1e9;
    }

    public double articlesPerSecond() {
        return articles / seconds();
    }

    /** Megabytes (10^6 bytes) of text per second. */
    public double megabytesPerSecond() {
        return textBytes / 1e6 / seconds();
    }

    public double claimsPerArticle() {
        return articles == 0 ? 0 : (double) claims / articles;
    }
}
