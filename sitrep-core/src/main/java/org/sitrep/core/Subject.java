package org.sitrep.core;

import java.util.Objects;

/**
 * The counted group.
 *
 * @param country ISO 3166-1 alpha-2 code of the group's nationality or side, or null when the article leaves it open
 * @param span the words naming the group, or null when the group is only implied
 */
public record Subject(String text, String country, Role role, Span span) {
    public Subject {
        Objects.requireNonNull(role, "role");
    }
}
