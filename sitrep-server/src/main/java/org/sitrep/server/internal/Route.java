package org.sitrep.server.internal;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One endpoint: method, path (Javalin's {@code {param}} syntax, the same as OpenAPI's) and handler; {@code changesStore}
 * routes require the bearer token when the server has one.
 */
public record Route(HandlerType method, String path, Handler handler, boolean changesStore) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }

    static Route get(String path, Handler handler) {
        return new Route(HandlerType.GET, path, handler, false);
    }

    static Route post(String path, Handler handler) {
        return new Route(HandlerType.POST, path, handler, false);
    }

    static Route postChanging(String path, Handler handler) {
        return new Route(HandlerType.POST, path, handler, true);
    }

    /** "GET /api/claims": how the OpenAPI document and the tests name a route. */
    public String name() {
        return method.name() + " " + path;
    }
}
