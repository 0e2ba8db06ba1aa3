package org.sitrep.series.internal;

import java.util.Locale;
import org.sitrep.core.Place;
import org.sitrep.core.Precision;
import org.sitrep.series.RegionLookup;
import org.sitrep.series.Theatre;

/** The theatre rule: a place rolled up to its region, else its country; areas stay areas. */
public final class Theatres {
    private Theatres() {
    }

    /** The theatre of {@code place}; null for no place. */
    public static Theatre of(Place place, RegionLookup regions) {
        if (place == null) {
            return null;
        }
        return switch (place.precision()) {
            case REGION -> new Theatre(place.name(), place.country(), Precision.REGION);
            case AREA -> new Theatre(place.name(), place.country(), Precision.AREA);
            case COUNTRY -> place.country() == null ? new Theatre(place.name(), null, Precision.AREA)
                    : Theatre.country(place.country(), place.name());
            default -> regions.regionOf(place).orElseGet(() -> place.country() == null
                    ? new Theatre(place.name(), null, Precision.AREA)
                    : Theatre.country(place.country(), place.country()));
        };
    }

    /** The theatre's part of a series key: "ru" for a country, "ru-kursk-oblast" for a region or an area. */
    public static String key(Theatre theatre) {
        String country = theatre.country() == null ? null : theatre.country().toLowerCase(Locale.ROOT);
        if (theatre.precision() == Precision.COUNTRY) {
            return country;
        }
        String name = Names.slug(theatre.name());
        return country == null ? name : country + "-" + name;
    }

    /** The theatre's part of a series title: "RU Kursk Oblast", "RU Russia", or "no place". */
    public static String title(Theatre theatre) {
        if (theatre == null) {
            return "no place";
        }
        if (theatre.country() == null) {
            return theatre.name();
        }
        return theatre.name().equals(theatre.country()) ? theatre.country()
                : theatre.country() + " " + theatre.name();
    }
}
