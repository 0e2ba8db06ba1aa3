package org.sitrep.core;

/**
 * A count as written and the bounds its words allow; a null bound is open.
 *
 * @param text the words as written ("Around 300")
 */
public record Value(String text, Long low, Long high, boolean approx, Span span) {
    public Value {
        if (low == null && high == null) {
            throw new IllegalArgumentException("a value needs at least one bound: " + text);
        }
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("low " + low + " above high " + high + ": " + text);
        }
    }

    /** The number a figure is compared by: {@code low}, else {@code high}. */
    public long anchor() {
        return low != null ? low : high;
    }
}
