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
            return (approx ? "about " : "") + grouped(low);
        }
        if (high == null) {
            return "at least " + grouped(low);
        }
        if (low == null) {
            return "at most " + grouped(high);
        }
        return grouped(low) + "–" + grouped(high);
    }

    /** 12345 as "12,345" (faster than a formatter, which matters for a million conflicts). */
    static String grouped(long number) {
        String digits = Long.toString(Math.abs(number));
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (number < 0) {
            text.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }
}
