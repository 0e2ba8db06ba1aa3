package org.sitrep.server.internal;

import io.javalin.http.Context;
import java.util.List;

/** {@code GET /api/map}: current claims grouped by the place they are about, with coordinates, and by country. */
final class MapHandler {
    private final StoreView view;

    MapHandler(StoreView view) {
        this.view = view;
    }

    /** Claims at one place. */
    record PlaceCount(String name, String country, double lat, double lon, String precision, long claims,
            String measures) {
    }

    /** Claims placed in one country (ISO 3166-1 alpha-2). */
    record CountryCount(String country, long claims) {
    }

    /** The map's data: at most 2,000 places, the most claimed first. */
    record MapData(List<PlaceCount> places, List<CountryCount> countries) {
        MapData {
            places = List.copyOf(places);
            countries = List.copyOf(countries);
        }
    }

    void map(Context context) {
        Params.of(context).check();
        context.json(view.read(v -> new MapData(
                v.list("SELECT place_name, place_country, place_lat, place_lon, place_precision, count(*), "
                        + "group_concat(DISTINCT measure) FROM claims WHERE current = 1 AND place_lat IS NOT NULL "
                        + "AND place_lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 6 DESC, 1 LIMIT 2000",
                        r -> new PlaceCount(r.getString(1), r.getString(2), r.getDouble(3), r.getDouble(4),
                                r.getString(5), r.getLong(6), r.getString(7))),
                v.list("SELECT place_country, count(*) FROM claims WHERE current = 1 AND place_country IS NOT NULL "
                        + "GROUP BY 1 ORDER BY 2 DESC, 1", r -> new CountryCount(r.getString(1), r.getLong(2))))));
    }
}
