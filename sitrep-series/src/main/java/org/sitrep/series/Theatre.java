package org.sitrep.series;

import java.util.Objects;
import org.sitrep.core.Precision;

/**
 * Where a series' figures happened, coarse enough that reports of one front meet: a region (first-level
 * division), an area (a front, a strip, a border zone), or a country.
 *
 * @param name the region's or area's name, or for a country its name as an article gave it (else its code)
 * @param country ISO 3166-1 alpha-2 code, or null when unknown
 * @param precision {@link Precision#REGION}, {@link Precision#AREA} or {@link Precision#COUNTRY}
 */
public record Theatre(String name, String country, Precision precision) {
    public Theatre {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precision, "precision");
        if (precision != Precision.REGION && precision != Precision.AREA && precision != Precision.COUNTRY) {
            throw new IllegalArgumentException("a theatre is a region, an area or a country, not " + precision);
        }
        if (precision == Precision.COUNTRY && country == null) {
            throw new IllegalArgumentException("a country theatre needs its country: " + name);
        }
    }

    /** The theatre of a whole country. */
    public static Theatre country(String code, String name) {
        return new Theatre(name == null ? code : name, code, Precision.COUNTRY);
    }
}
