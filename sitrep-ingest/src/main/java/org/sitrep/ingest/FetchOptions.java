package org.sitrep.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How pages and feeds are fetched over HTTP(S).
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for a whole response, headers and body, once asked for
 * @param maxBytes the largest response body read; a larger page is recorded as a failure
 * @param perHostDelay the least time between two requests to one host
 * @param retries how many times a failed request is tried again (timeouts, connection errors, 5xx and 429)
 * @param backoff the wait before the first retry; it doubles for each further one
 */
public record FetchOptions(Duration connectTimeout, Duration readTimeout, long maxBytes, Duration perHostDelay,
        int retries, Duration backoff, String userAgent) {
    public FetchOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(perHostDelay, "perHostDelay");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxBytes <= 0 || retries < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and retries not negative");
        }
    }

    /** 10 s to connect, 30 s per response, 5 MB per page, 1 s between requests to a host, 2 retries from 1 s. */
    public static FetchOptions defaults() {
        return new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), 5_000_000, Duration.ofSeconds(1), 2,
                Duration.ofSeconds(1), "sitrep/0.1 (+conflict-news claim extraction)");
    }

    public FetchOptions withTimeouts(Duration connect, Duration read) {
        return new FetchOptions(connect, read, maxBytes, perHostDelay, retries, backoff, userAgent);
    }

    public FetchOptions withMaxBytes(long value) {
        return new FetchOptions(connectTimeout, readTimeout, value, perHostDelay, retries, backoff, userAgent);
    }

    public FetchOptions withPerHostDelay(Duration value) {
        return new FetchOptions(connectTimeout, readTimeout, maxBytes, value, retries, backoff, userAgent);
    }

    public FetchOptions withRetries(int count, Duration firstBackoff) {
        return new FetchOptions(connectTimeout, readTimeout, maxBytes, perHostDelay, count, firstBackoff, userAgent);
    }
}
