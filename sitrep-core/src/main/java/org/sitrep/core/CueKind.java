package org.sitrep.core;

import java.util.Locale;

/** The part a cue word played: naming a source, hedging, or denying. */
public enum CueKind {
    ATTRIBUTION, HEDGE, DENIAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CueKind fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
