package org.sitrep.core;

import java.util.Locale;

/** What kind of source a claim is attributed to. */
public enum SourceKind {
    PERSON, ORGANIZATION, GOVERNMENT, MEDIA, DOCUMENT, UNNAMED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceKind fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
