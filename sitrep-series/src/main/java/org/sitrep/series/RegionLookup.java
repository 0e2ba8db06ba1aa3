package org.sitrep.series;

import java.util.Optional;
import org.sitrep.core.Place;

/**
 * Rolls a city or a point up to its first-level region. The series module has no gazetteer of its own; without a
 * lookup ({@link #none()}) a city's figures join their country's series.
 */
@FunctionalInterface
public interface RegionLookup {
    /** The region containing {@code place}, a city or a point; empty when unknown. */
    Optional<Theatre> regionOf(Place place);

    static RegionLookup none() {
        return place -> Optional.empty();
    }
}
