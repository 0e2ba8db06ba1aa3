package org.sitrep.core;

import java.util.Locale;

/** What a figure counts. The wire name is the lower-case constant name. */
public enum Measure {
    KILLED, WOUNDED, CASUALTIES, MISSING, CAPTURED, SURRENDERED, RELEASED, DEPLOYED, DISPLACED, DETAINED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Measure fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
