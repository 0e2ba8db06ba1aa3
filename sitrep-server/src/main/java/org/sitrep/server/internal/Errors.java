package org.sitrep.server.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sitrep.store.StoreException;

/**
 * Failures translated at the edge: every error is JSON ({@link ErrorBody}) with its status. Refused requests keep
 * their status and fields; a failing store is 503; anything else is 500 with a generic message (the cause stays in
 * the server, never in the response).
 */
public final class Errors {
    private static final Logger LOG = Logger.getLogger("org.sitrep.server");

    private Errors() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, context) -> send(context, e.status(), e.getMessage(), e.fields()));
        routes.exception(HttpResponseException.class, (e, context) -> send(context, e.getStatus(),
                e.getStatus() == 404 ? "not found: " + context.method() + " " + context.path() : e.getMessage(),
                List.of()));
        routes.exception(StoreException.class, (e, context) -> {
            LOG.log(Level.WARNING, context.method() + " " + context.path() + ": " + e.getMessage(), e);
            send(context, 503, "the store failed", List.of());
        });
        routes.exception(Exception.class, (e, context) -> {
            LOG.log(Level.SEVERE, context.method() + " " + context.path() + " failed", e);
            send(context, 500, "internal error", List.of());
        });
        routes.error(404, context -> {
            if (!"application/json".equals(context.res().getContentType())) {
                send(context, 404, "not found: " + context.method() + " " + context.path(), List.of());
            }
        });
    }

    private static void send(Context context, int status, String message, List<ApiException.FieldError> fields) {
        context.status(status).json(new ErrorBody(status, message, fields));
    }
}
