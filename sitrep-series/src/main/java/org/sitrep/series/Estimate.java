package org.sitrep.series;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A series' low / best / high estimate on one date, in UCDP's form, by the rule in {@code docs/series.md}.
 *
 * @param highOpen true when no claim standing that day gives an upper bound, so {@code high} is only the highest
 *     figure stated (as UCDP codes "more than 3,000" as 3,000)
 * @param disputed true when the sources standing that day disagree, so low and high span the disagreement
 * @param hedged true when no asserted claim stands that day and the estimate rests on hedged claims
 * @param claims the ids of the claims that set low, best or high, in timeline order
 */
public record Estimate(LocalDate date, long low, long best, long high, boolean highOpen, boolean disputed,
        boolean hedged, List<String> claims) {
    public Estimate {
        Objects.requireNonNull(date, "date");
        if (low > best || best > high) {
            throw new IllegalArgumentException("estimate not ordered: " + low + " / " + best + " / " + high);
        }
        claims = List.copyOf(claims);
    }
}
