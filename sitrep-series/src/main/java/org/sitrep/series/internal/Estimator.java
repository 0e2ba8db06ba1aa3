package org.sitrep.series.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.sitrep.core.Certainty;
import org.sitrep.core.Measure;
import org.sitrep.series.Estimate;
import org.sitrep.series.SeriesOptions;

/**
 * The estimate rule (explained for analysts in {@code docs/series.md}). On each date of the series, each source's
 * latest claim stands; one older than {@code staleAfterDays} is stale and, in a cumulative series, keeps only its
 * lower bound. Denied claims never count. Asserted claims set the estimate; hedged ones only where no asserted claim
 * stands, except that a hedged figure above the high raises it.
 * <ul>
 * <li>low: the highest lower bound of the asserted standing claims (stale ones included), else of the hedged ones;
 * <li>high: the lowest upper bound of the current asserted claims (else hedged); when none has one, the highest
 * figure they state ({@code highOpen}); a current hedged figure above it raises it;
 * <li>when the low comes out above the high, the sources disagree: the two swap so the range spans the disagreement
 * ({@code disputed});
 * <li>best: the figure of the most direct current claim (fewest links, outlets aside), then the most recent, then
 * the smallest; kept within low and high.
 * </ul>
 */
public final class Estimator {
    private static final Comparator<Entry> MOST_DIRECT = Comparator.comparingInt(Entry::directness)
            .thenComparing(Entry::date, Comparator.reverseOrder())
            .thenComparingLong(e -> e.bounds().figure())
            .thenComparing(Entry::claimId);

    private final boolean cumulative;
    private final int staleAfterDays;

    public Estimator(Measure measure, SeriesOptions options) {
        this.cumulative = Timeline.cumulative(measure);
        this.staleAfterDays = options.staleAfterDays();
    }

    /** One estimate per date of the timeline on which a claim that is not denied holds. */
    public List<Estimate> estimate(List<Entry> timeline) {
        List<Entry> usable = timeline.stream().filter(e -> e.date() != null && !e.denied()).toList();
        Map<String, Entry> current = new HashMap<>();
        StaleLows staleAsserted = new StaleLows();
        StaleLows staleHedged = new StaleLows();
        List<Estimate> estimates = new ArrayList<>();
        int i = 0;
        while (i < usable.size()) {
            LocalDate day = usable.get(i).date();
            for (; i < usable.size() && usable.get(i).date().equals(day); i++) {
                Entry entry = usable.get(i);
                String origin = origin(entry);
                current.put(origin, entry);
                staleAsserted.remove(origin);
                staleHedged.remove(origin);
            }
            retireStale(day, current, staleAsserted, staleHedged);
            estimates.add(on(day, current.values(), staleAsserted, staleHedged));
        }
        return estimates;
    }

    private void retireStale(LocalDate day, Map<String, Entry> current, StaleLows asserted, StaleLows hedged) {
        for (Iterator<Map.Entry<String, Entry>> it = current.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Entry> standing = it.next();
            Entry entry = standing.getValue();
            if (Timeline.days(entry.date(), day) > staleAfterDays) {
                it.remove();
                if (cumulative) {
                    (entry.certainty() == Certainty.ASSERTED ? asserted : hedged).add(standing.getKey(), entry);
                }
            }
        }
    }

    private static Estimate on(LocalDate day, Iterable<Entry> standing, StaleLows staleAsserted,
            StaleLows staleHedged) {
        List<Entry> asserted = new ArrayList<>();
        List<Entry> hedged = new ArrayList<>();
        for (Entry entry : standing) {
            (entry.certainty() == Certainty.ASSERTED ? asserted : hedged).add(entry);
        }
        boolean lowFromAsserted = !asserted.isEmpty() || !staleAsserted.isEmpty();
        Entry lowClaim = highestLow(lowFromAsserted ? asserted : hedged,
                lowFromAsserted ? staleAsserted : staleHedged);
        long low = lowClaim == null ? 0 : lowClaim.bounds().low();

        List<Entry> tier = asserted.isEmpty() ? hedged : asserted;
        Entry highClaim = null;
        Entry largest = null;
        for (Entry entry : tier) {
            Long upper = entry.bounds().high();
            if (upper != null && (highClaim == null || upper < highClaim.bounds().high()
                    || upper.equals(highClaim.bounds().high()) && entry.claimId().compareTo(highClaim.claimId()) < 0)) {
                highClaim = entry;
            }
            largest = larger(largest, entry);
        }
        boolean highOpen = highClaim == null;
        boolean disputed = false;
        long high;
        if (highOpen) {
            highClaim = largest;
            high = Math.max(largest.bounds().figure(), low);
        } else {
            high = highClaim.bounds().high();
            if (low > high) {
                long swap = low;
                low = high;
                high = swap;
                disputed = true;
            }
        }
        List<Entry> used = new ArrayList<>();
        used.add(lowClaim);
        used.add(highClaim);
        if (tier == asserted) {
            Entry doubt = null;
            for (Entry entry : hedged) {
                doubt = larger(doubt, entry);
            }
            if (doubt != null && doubt.bounds().figure() > high) {
                high = doubt.bounds().figure();
                used.add(doubt);
            }
        }
        Entry bestClaim = tier.get(0);
        for (Entry entry : tier) {
            if (MOST_DIRECT.compare(entry, bestClaim) < 0) {
                bestClaim = entry;
            }
        }
        used.add(bestClaim);
        long best = Math.min(Math.max(bestClaim.bounds().figure(), low), high);
        return new Estimate(day, low, best, high, highOpen, disputed, asserted.isEmpty(), ids(used));
    }

    /** The one with the larger figure; among equals, the smaller id. */
    private static Entry larger(Entry a, Entry b) {
        if (a == null) {
            return b;
        }
        long difference = b.bounds().figure() - a.bounds().figure();
        return difference > 0 || difference == 0 && b.claimId().compareTo(a.claimId()) < 0 ? b : a;
    }

    private static Entry highestLow(List<Entry> current, StaleLows stale) {
        Entry highest = stale.highest();
        for (Entry entry : current) {
            Long low = entry.bounds().low();
            if (low != null && (highest == null || low > highest.bounds().low()
                    || low.equals(highest.bounds().low()) && entry.claimId().compareTo(highest.claimId()) < 0)) {
                highest = entry;
            }
        }
        return highest;
    }

    private static List<String> ids(List<Entry> used) {
        TreeSet<Entry> ordered = new TreeSet<>(Timeline.ORDER);
        used.stream().filter(Objects::nonNull).forEach(ordered::add);
        return ordered.stream().map(Entry::claimId).toList();
    }

    private static String origin(Entry entry) {
        return entry.named() ? entry.sourceKey() : "#" + entry.claimId();
    }
}
