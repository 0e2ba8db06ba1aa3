package org.sitrep.cli;

import java.util.List;
import org.sitrep.series.Series;
import org.sitrep.series.SeriesBuilder;
import org.sitrep.series.SeriesClaim;
import org.sitrep.series.SeriesCollector;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.StoredClaim;

/** The series of a store's current claims, for {@code sitrep series} and {@code sitrep export}. */
final class StoreSeries {
    private StoreSeries() {
    }

    /**
     * Every series of the store, or with {@code country} those of that subject country only. Claims are read whole
     * (a claim without a place takes its article's dominant place for its subject, and casualties are checked
     * against killed and wounded), so other filters apply to the series, not to the claims read.
     */
    static List<Series> of(ClaimStore store, String country) {
        SeriesCollector collector = SeriesBuilder.create().collector();
        if (country == null || country.isBlank()) {
            store.forEachClaim(claim -> collector.accept(toSeriesClaim(claim)));
        } else {
            store.claims(ClaimQuery.all().withCountry(country))
                    .forEach(claim -> collector.accept(toSeriesClaim(claim)));
        }
        return collector.finish();
    }

    static SeriesClaim toSeriesClaim(StoredClaim claim) {
        return new SeriesClaim(claim.claimId(), claim.article().id(), claim.article().outlet(),
                claim.article().published(), claim.figure());
    }
}
