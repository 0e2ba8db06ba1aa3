package org.sitrep.core;

import java.util.Locale;

/** How precise a place or a time is. */
public enum Precision {
    POINT, CITY, REGION, COUNTRY, AREA, DAY, MONTH, YEAR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Precision fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
