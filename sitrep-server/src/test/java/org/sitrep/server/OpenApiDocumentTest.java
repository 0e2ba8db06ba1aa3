package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDocumentTest {
    @TempDir
    Path folder;

    @Test
    void documentsEveryRegisteredRouteAndNoOther() {
        try (RunningServer running = RunningServer.start(folder, ServerConfig.defaults())) {
            HttpResponse<String> response = running.get("/api/openapi.json");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode document = RunningServer.json(response);
            List<String> documented = new ArrayList<>();
            document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                    method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
            assertThat(documented).containsExactlyInAnyOrderElementsOf(running.server.endpoints());
        }
    }

    @Test
    void documentsThePathParametersOfEachRoute() {
        try (RunningServer running = RunningServer.start(folder, ServerConfig.defaults())) {
            JsonNode paths = RunningServer.json(running.get("/api/openapi.json")).get("paths");
            paths.fields().forEachRemaining(path -> path.getValue().forEach(operation -> {
                List<String> declared = new ArrayList<>();
                operation.path("parameters").forEach(p -> {
                    if ("path".equals(p.path("in").asText())) {
                        declared.add(p.get("name").asText());
                    }
                });
                List<String> inPath = new ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
                while (m.find()) {
                    inPath.add(m.group(1));
                }
                assertThat(declared).as(path.getKey()).containsExactlyInAnyOrderElementsOf(inPath);
            }));
        }
    }
}
