package org.sitrep.series;

import java.util.List;
import java.util.Objects;

/**
 * Whether a source's casualties figure is at least its killed and wounded figures of the same date together: a
 * check shown with the casualties series, not a conflict.
 *
 * @param claims the casualties claim first, then the killed and wounded claims it was checked against
 * @param holds false when the casualties cannot cover killed plus wounded
 */
public record ConsistencyCheck(List<String> claims, boolean holds, String reason) {
    public ConsistencyCheck {
        claims = List.copyOf(claims);
        Objects.requireNonNull(reason, "reason");
    }
}
