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
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;

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
    }

    /** 127.0.0.1:8080, no token, bodies up to 2 MiB. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_BODY_BYTES);
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(value, port, token, maxBodyBytes);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, token, maxBodyBytes);
    }

    public ServerConfig withToken(String value) {
        return new ServerConfig(host, port, value, maxBodyBytes);
    }

    public ServerConfig withMaxBodyBytes(long value) {
        return new ServerConfig(host, port, token, value);
    }
}
