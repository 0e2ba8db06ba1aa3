package org.sitrep.server.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.json}: the hand-written OpenAPI document, a test keeps it in step with {@link Routes}. */
final class DocsHandler {
    static final String RESOURCE = "/org/sitrep/server/openapi.json";

    private final byte[] document;

    DocsHandler() {
        try (InputStream in = DocsHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void openApi(Context context) {
        context.contentType("application/json").result(document);
    }
}
