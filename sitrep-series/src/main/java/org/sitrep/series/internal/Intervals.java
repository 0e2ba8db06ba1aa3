package org.sitrep.series.internal;

import org.sitrep.series.Bounds;

/** Bounds widened by the tolerance an approximate figure allows, and whether two such ranges can meet. */
public final class Intervals {
    private Intervals() {
    }

    /** The lowest number the claim allows; null when open. "About 1,100" allows 990 at a tolerance of 0.10. */
    public static Long lower(Bounds bounds, double tolerance) {
        if (bounds.low() == null) {
            return null;
        }
        return bounds.approx() ? (long) Math.floor(bounds.low() * (1 - tolerance)) : bounds.low();
    }

    /** The highest number the claim allows; null when open. "About 1,100" allows 1,210 at a tolerance of 0.10. */
    public static Long upper(Bounds bounds, double tolerance) {
        if (bounds.high() == null) {
            return null;
        }
        return bounds.approx() ? (long) Math.ceil(bounds.high() * (1 + tolerance)) : bounds.high();
    }

    /** Whether no number satisfies both claims. */
    public static boolean disjoint(Bounds a, Bounds b, double tolerance) {
        return below(upper(a, tolerance), lower(b, tolerance)) || below(upper(b, tolerance), lower(a, tolerance));
    }

    /** Whether an upper bound lies below a lower bound, both present. */
    public static boolean below(Long upper, Long lower) {
        return upper != null && lower != null && upper < lower;
    }
}
