package org.sitrep.series.internal;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Measure;
import org.sitrep.series.Conflict;
import org.sitrep.series.SeriesOptions;

/**
 * The conflict rule: two claims of a series from different sources, dated at most {@code conflictDays} apart,
 * whose bounds (widened by the tolerance when approximate) cannot both hold. For a cumulative measure a later claim
 * from the same side (Seoul after Seoul) may only be larger: it is an update unless it falls below the earlier one.
 * Denials are left out (they contradict on purpose), and so are undated claims.
 */
public final class Conflicts {
    private Conflicts() {
    }

    public static List<Conflict> find(List<Entry> timeline, Measure measure, SeriesOptions options) {
        List<Entry> dated = timeline.stream().filter(e -> e.date() != null && !e.denied()).toList();
        boolean cumulative = Timeline.cumulative(measure);
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            Entry a = dated.get(i);
            for (int j = i + 1; j < dated.size(); j++) {
                Entry b = dated.get(j);
                if (Timeline.days(a.date(), b.date()) > options.conflictDays()) {
                    break;
                }
                if (sameSource(a, b)) {
                    continue;
                }
                String reason = clash(a, b, cumulative, options.approxTolerance());
                if (reason != null) {
                    conflicts.add(new Conflict(List.of(a.claimId(), b.claimId()), reason));
                }
            }
        }
        return conflicts;
    }

    private static boolean sameSource(Entry a, Entry b) {
        return a.named() && b.named() && a.sourceKey().equals(b.sourceKey());
    }

    /** Why {@code a} and the later-or-same-day {@code b} cannot both hold; null when they can. */
    private static String clash(Entry a, Entry b, boolean cumulative, double tolerance) {
        boolean sameDay = a.date().equals(b.date());
        if (cumulative && !sameDay && a.side().equals(b.side())) {
            if (Intervals.below(Intervals.upper(b.bounds(), tolerance), Intervals.lower(a.bounds(), tolerance))) {
                return who(a) + " on " + a.date() + " falls to " + who(b) + " on " + b.date()
                        + ", but a running total cannot fall";
            }
            return null;
        }
        if (!Intervals.disjoint(a.bounds(), b.bounds(), tolerance)) {
            return null;
        }
        String when = sameDay ? "on " + a.date() : "between " + a.date() + " and " + b.date();
        return who(a) + " and " + who(b) + " cannot both hold " + when;
    }

    private static String who(Entry entry) {
        return entry.bounds().describe() + " (" + (entry.origin() == null ? "unattributed" : entry.origin()) + ")";
    }
}
