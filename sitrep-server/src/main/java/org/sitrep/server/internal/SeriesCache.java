package org.sitrep.server.internal;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.series.Series;
import org.sitrep.series.SeriesBuilder;
import org.sitrep.series.SeriesClaim;
import org.sitrep.series.SeriesCollector;
import org.sitrep.store.ClaimStore;

/**
 * The series of every current claim, built from the store on first use and again whenever SQLite's
 * {@code data_version} shows it changed (an article stored through the API or by an ingest beside the server).
 */
final class SeriesCache {
    private final ClaimStore store;
    private final StoreView view;
    private final SeriesBuilder builder = SeriesBuilder.create();
    private long builtFor = Long.MIN_VALUE;
    private List<Series> series = List.of();

    SeriesCache(ClaimStore store, StoreView view) {
        this.store = store;
        this.view = view;
    }

    synchronized List<Series> all() {
        long version = view.dataVersion();
        if (version != builtFor) {
            SeriesCollector collector = builder.collector();
            store.forEachClaim(claim -> collector.accept(new SeriesClaim(claim.claimId(), claim.article().id(),
                    claim.article().outlet(), claim.article().published(), claim.figure())));
            series = new ArrayList<>(collector.finish());
            builtFor = version;
        }
        return series;
    }
}
