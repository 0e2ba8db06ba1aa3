package org.sitrep.series;

import java.util.Objects;

/**
 * The knobs of the series rules, documented in {@code docs/series.md}.
 *
 * @param duplicateDays copies of one claim (same source, same bounds) dated this many days apart or fewer are one
 *     claim
 * @param conflictDays claims from different sources dated this many days apart or fewer are checked for conflict
 * @param approxTolerance how far an approximate figure may stray ("about 1,100" allows ±10% at 0.10)
 * @param staleAfterDays a source's latest claim older than this stops setting an estimate's best and high (and for
 *     a measure that is not cumulative, its low too)
 */
public record SeriesOptions(int duplicateDays, int conflictDays, double approxTolerance, int staleAfterDays,
        SourceAliases aliases, RegionLookup regions) {
    public SeriesOptions {
        if (duplicateDays < 0 || conflictDays < 0 || staleAfterDays < 0) {
            throw new IllegalArgumentException("day counts must not be negative");
        }
        if (approxTolerance < 0 || approxTolerance >= 1) {
            throw new IllegalArgumentException("approxTolerance must be in [0, 1): " + approxTolerance);
        }
        Objects.requireNonNull(aliases, "aliases");
        Objects.requireNonNull(regions, "regions");
    }

    /** Two days for duplicates, three for conflicts, ±10%, 31 days to go stale, the bundled aliases, no regions. */
    public static SeriesOptions defaults() {
        return new SeriesOptions(2, 3, 0.10, 31, SourceAliases.bundled(), RegionLookup.none());
    }

    public SeriesOptions withDuplicateDays(int value) {
        return new SeriesOptions(value, conflictDays, approxTolerance, staleAfterDays, aliases, regions);
    }

    public SeriesOptions withConflictDays(int value) {
        return new SeriesOptions(duplicateDays, value, approxTolerance, staleAfterDays, aliases, regions);
    }

    public SeriesOptions withApproxTolerance(double value) {
        return new SeriesOptions(duplicateDays, conflictDays, value, staleAfterDays, aliases, regions);
    }

    public SeriesOptions withStaleAfterDays(int value) {
        return new SeriesOptions(duplicateDays, conflictDays, approxTolerance, value, aliases, regions);
    }

    public SeriesOptions withAliases(SourceAliases value) {
        return new SeriesOptions(duplicateDays, conflictDays, approxTolerance, staleAfterDays, value, regions);
    }

    public SeriesOptions withRegions(RegionLookup value) {
        return new SeriesOptions(duplicateDays, conflictDays, approxTolerance, staleAfterDays, aliases, value);
    }
}
