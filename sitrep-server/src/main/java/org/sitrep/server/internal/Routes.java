package org.sitrep.server.internal;

import java.time.Clock;
import java.util.List;
import org.sitrep.extract.Extractor;
import org.sitrep.store.ClaimStore;

/** Every endpoint of the API, in one place: method, path and the handler (a method reference) that serves it. */
public final class Routes {
    private Routes() {
    }

    public static List<Route> of(ClaimStore store, StoreView view, Extractor extractor, Clock clock,
            int cachedResponses) {
        ArticleInput input = new ArticleInput(Json.MAPPER);
        DocsHandler docs = new DocsHandler();
        ExtractHandler extract = new ExtractHandler(extractor, input);
        ArticleHandlers articles = new ArticleHandlers(store, view, extractor, input, clock);
        ClaimHandlers claims = new ClaimHandlers(store, view, new ResponseCache(cachedResponses));
        SourceHandlers sources = new SourceHandlers(store, view);
        MapHandler map = new MapHandler(view);
        SeriesHandlers series = new SeriesHandlers(new SeriesCache(store, view));
        return List.of(
                Route.get("/api/openapi.json", docs::openApi),
                Route.post("/api/extract", extract::extract),
                Route.get("/api/articles", articles::list),
                Route.postChanging("/api/articles", articles::ingest),
                Route.get("/api/articles/{id}", articles::one),
                Route.get("/api/claims", claims::list),
                Route.get("/api/series", series::list),
                Route.get("/api/series/{key}", series::one),
                Route.get("/api/sources", sources::list),
                Route.get("/api/sources/{id}", sources::one),
                Route.get("/api/map", map::map));
    }
}
