package org.sitrep.core;

import java.util.Locale;

/** The role of the counted people. */
public enum Role {
    MILITARY, MILITANT, CIVILIAN, POLICE, UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
