package org.sitrep.series;

import java.util.List;
import java.util.Objects;

/**
 * Two claims from different sources, dated within a few days of each other, whose bounds cannot both hold.
 *
 * @param claims the two claim ids, the earlier first
 * @param reason one line citing both sides ("at least 3,000 (Volodymyr Zelensky) and about 1,100 (...) cannot both
 *     hold on 2024-12-23")
 */
public record Conflict(List<String> claims, String reason) {
    public Conflict {
        claims = List.copyOf(claims);
        Objects.requireNonNull(reason, "reason");
    }
}
