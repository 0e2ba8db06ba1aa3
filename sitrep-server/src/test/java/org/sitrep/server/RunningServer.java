package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.extract.Extractor;
import org.sitrep.store.ClaimStore;

/** A real server on 127.0.0.1, a free port, over a fresh store file, with an HTTP client that speaks to it. */
final class RunningServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static Extractor extractor;

    final ClaimStore store;
    final SitrepServer server;
    final HttpClient client = HttpClient.newHttpClient();

    private RunningServer(ClaimStore store, SitrepServer server) {
        this.store = store;
        this.server = server;
    }

    static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractor.create();
        }
        return extractor;
    }

    static RunningServer start(Path folder, ServerConfig config) {
        ClaimStore store = ClaimStore.open(folder.resolve("sitrep.db"));
        return new RunningServer(store, SitrepServer.start(config.withHost("127.0.0.1").withPort(0), store,
                extractor()));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed article of the repository (examples/seed.json) as a JSON body. */
    static String seedJson() {
        try {
            return Files.readString(Path.of("..", "examples", "seed.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
