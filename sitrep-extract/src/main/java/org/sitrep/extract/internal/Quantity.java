package org.sitrep.extract.internal;

/**
 * A number phrase with its bounds: tokens {@code [first, last)} including bound words; the bare number is
 * {@code [core, coreLast)}.
 */
public record Quantity(int first, int last, int core, int coreLast, Long low, Long high, boolean approx, boolean vague) {
    public long anchor() {
        return low != null ? low : high;
    }
}
