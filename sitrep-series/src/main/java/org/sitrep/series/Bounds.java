package org.sitrep.series;

/**
 * The bounds a claim's words allow, as in the claim format's {@code value}; a null bound is open.
 *
 * @param approx true when the words say the number is approximate
 */
public record Bounds(Long low, Long high, boolean approx) {
    public Bounds {
        if (low == null && high == null) {
            throw new IllegalArgumentException("bounds need at least one side");
        }
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("low " + low + " above high " + high);
        }
    }

    /** The single number that stands for the claim: the midpoint of a closed range, else its one bound. */
    public long figure() {
        if (low != null && high != null) {
            return low + (high - low) / 2;
        }
        return low != null ? low : high;
    }

    /** Whether the two give the same bounds, approximation aside. */
    public boolean sameBounds(Bounds other) {
        return java.util.Objects.equals(low, other.low) && java.util.Objects.equals(high, other.high);
    }

    /** The bounds in words: "about 1,100", "at least 3,000", "at most 500", "10,000–15,000". */
    public String describe() {
        if (low != null && low.equals(high)) {
            return (approx ? "about " : "") + String.format("%,d", low);
        }
        if (high == null) {
            return "at least " + String.format("%,d", low);
        }
        if (low == null) {
            return "at most " + String.format("%,d", high);
        }
        return String.format("%,d–%,d", low, high);
    }
}
