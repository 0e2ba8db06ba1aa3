package org.sitrep.server.internal;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.series.Series;
import org.sitrep.series.SeriesBuilder;
import org.sitrep.series.SeriesClaim;
import org.sitrep.series.SeriesCollector;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.StoreCounts;

/**
 * The series of every current claim, built from the store on first use and again whenever the store's counts show
 * it changed (an article stored through the API or by an ingest running beside the server).
 */
final class SeriesCache {
    private final ClaimStore store;
    private final SeriesBuilder builder = SeriesBuilder.create();
    private StoreCounts builtFor;
    private List<Series> series = List.of();

    SeriesCache(ClaimStore store) {
        this.store = store;
    }

    synchronized List<Series> all() {
        StoreCounts counts = store.counts();
        if (!counts.equals(builtFor)) {
            SeriesCollector collector = builder.collector();
            store.forEachClaim(claim -> collector.accept(new SeriesClaim(claim.claimId(), claim.article().id(),
                    claim.article().outlet(), claim.article().published(), claim.figure())));
            series = new ArrayList<>(collector.finish());
            builtFor = counts;
        }
        return series;
    }
}
