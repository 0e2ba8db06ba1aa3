package org.sitrep.core;

import java.util.Objects;

/**
 * Where the counted thing happened or is.
 *
 * @param name the place's common English name ("Kursk Oblast")
 * @param text the words in the article ("Russia's Kursk region")
 * @param lat latitude, or null where unknown
 */
public record Place(String name, String text, String country, Double lat, Double lon, Precision precision, Span span) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precision, "precision");
    }
}
