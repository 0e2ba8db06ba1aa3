package org.sitrep.server;

import java.util.Objects;

/**
 * How {@link SitrepServer} listens.
 *
 * @param host the address to bind; 127.0.0.1 unless the analyst chooses to expose the server
 * @param port the TCP port; 0 picks a free one ({@link SitrepServer#port()} tells which)
 * @param token when not null, every request that changes the store must carry {@code Authorization: Bearer TOKEN};
 *     reads and {@code POST /api/extract} stay open
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param cachedResponses how many {@code GET /api/claims} pages to keep, each valid until the store changes; 0 for none
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, int cachedResponses) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    public static final int DEFAULT_CACHED_RESPONSES = 256;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("blank host");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("blank token");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (cachedResponses < 0) {
            throw new IllegalArgumentException("cachedResponses must not be negative: " + cachedResponses);
        }
    }

    /** 127.0.0.1:8080, no token, bodies up to 2 MiB, 256 cached claim pages. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_BODY_BYTES, DEFAULT_CACHED_RESPONSES);
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(value, port, token, maxBodyBytes, cachedResponses);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, token, maxBodyBytes, cachedResponses);
    }

    public ServerConfig withToken(String value) {
        return new ServerConfig(host, port, value, maxBodyBytes, cachedResponses);
    }

    public ServerConfig withMaxBodyBytes(long value) {
        return new ServerConfig(host, port, token, value, cachedResponses);
    }

    public ServerConfig withCachedResponses(int value) {
        return new ServerConfig(host, port, token, maxBodyBytes, value);
    }
}
