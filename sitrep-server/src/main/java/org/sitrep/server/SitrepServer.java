package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.sitrep.extract.Extractor;
import org.sitrep.server.internal.Errors;
import org.sitrep.server.internal.Json;
import org.sitrep.server.internal.Route;
import org.sitrep.server.internal.Routes;
import org.sitrep.server.internal.SecurityHeaders;
import org.sitrep.server.internal.StoreView;
import org.sitrep.store.ClaimStore;

/**
 * The front door of {@code sitrep serve}: a Javalin server with the JSON API under {@code /api} (described at
 * {@code /api/openapi.json}) and the browser UI at {@code /}, over one open {@link ClaimStore}. Errors are JSON with
 * their status; every response carries a Content-Security-Policy; with a token, store-changing requests need it.
 * The caller keeps ownership of the store; {@link #close()} stops the server only.
 */
public final class SitrepServer implements AutoCloseable {
    private final Javalin app;
    private final StoreView view;
    private final List<Route> routes;

    private SitrepServer(Javalin app, StoreView view, List<Route> routes) {
        this.app = app;
        this.view = view;
        this.routes = routes;
    }

    /** Starts serving {@code store} as {@code config} says; returns once the port is bound. */
    public static SitrepServer start(ServerConfig config, ClaimStore store, Extractor extractor) {
        return start(config, store, extractor, Clock.systemUTC());
    }

    /** As {@link #start(ServerConfig, ClaimStore, Extractor)}, with the clock that stamps ingested articles. */
    public static SitrepServer start(ServerConfig config, ClaimStore store, Extractor extractor, Clock clock) {
        Objects.requireNonNull(config, "config");
        StoreView view = StoreView.of(Objects.requireNonNull(store, "store"));
        List<Route> routes = Routes.of(store, view, Objects.requireNonNull(extractor, "extractor"), clock,
                config.cachedResponses());
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.staticFiles.add("/public", Location.CLASSPATH);
            cfg.staticFiles.enableWebjars();
            cfg.routes.before(SecurityHeaders::add);
            for (Route route : routes) {
                Handler handler = route.changesStore() && config.token() != null
                        ? SecurityHeaders.requireToken(config.token(), route.handler()) : route.handler();
                cfg.routes.addEndpoint(new Endpoint(route.method(), route.path(), handler));
            }
            Errors.register(cfg.routes);
        });
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            view.close();
            throw e;
        }
        return new SitrepServer(app, view, routes);
    }

    /** The port the server listens on (the chosen one when the configuration asked for 0). */
    public int port() {
        return app.port();
    }

    /** Every API endpoint as "METHOD /path", in registration order. */
    public List<String> endpoints() {
        return routes.stream().map(Route::name).toList();
    }

    @Override
    public void close() {
        app.stop();
        view.close();
    }
}
