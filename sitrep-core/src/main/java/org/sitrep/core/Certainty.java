package org.sitrep.core;

import java.util.Locale;

/** How firmly a claim is made. Declared in merge order: a later constant wins over an earlier one. */
public enum Certainty {
    ASSERTED, HEDGED, DENIED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Certainty fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The firmer-doubting of the two: denied over hedged over asserted. */
    public Certainty strongest(Certainty other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
