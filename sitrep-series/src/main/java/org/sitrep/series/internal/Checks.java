package org.sitrep.series.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Measure;
import org.sitrep.series.ConsistencyCheck;
import org.sitrep.series.Series;
import org.sitrep.series.SeriesOptions;

/**
 * Casualties beside killed and wounded. A casualties series and the killed and wounded series of the same subject
 * and theatre list one another as related. Each casualties claim is checked against the killed and wounded claims
 * of the same source and date: casualties must be able to reach killed plus wounded (approximate figures allow the
 * tolerance). A failed check is shown with the casualties series; it is not a conflict.
 */
public final class Checks {
    private static final List<Measure> FAMILY = List.of(Measure.CASUALTIES, Measure.KILLED, Measure.WOUNDED);

    private Checks() {
    }

    /** The series, in the given order, with related keys and consistency checks filled in. */
    public static List<Series> link(List<Assembled> all, SeriesOptions options) {
        Map<String, Assembled> byKey = new HashMap<>();
        all.forEach(series -> byKey.put(series.key(), series));
        List<Series> linked = new ArrayList<>(all.size());
        for (Assembled series : all) {
            if (!FAMILY.contains(series.measure())) {
                linked.add(series.toSeries(List.of(), List.of()));
                continue;
            }
            Assembled casualties = byKey.get(series.siblingKey(Measure.CASUALTIES));
            Assembled killed = byKey.get(series.siblingKey(Measure.KILLED));
            Assembled wounded = byKey.get(series.siblingKey(Measure.WOUNDED));
            if (casualties == null || killed == null && wounded == null) {
                linked.add(series.toSeries(List.of(), List.of()));
                continue;
            }
            List<String> related = new ArrayList<>();
            for (Assembled family : new Assembled[] {casualties, killed, wounded}) {
                if (family != null && family != series) {
                    related.add(family.key());
                }
            }
            List<ConsistencyCheck> checks = series == casualties
                    ? check(casualties, killed, wounded, options.approxTolerance()) : List.of();
            linked.add(series.toSeries(related, checks));
        }
        return linked;
    }

    private static List<ConsistencyCheck> check(Assembled casualties, Assembled killed, Assembled wounded,
            double tolerance) {
        Map<LocalDate, List<Entry>> deadByDate = byDate(killed);
        Map<LocalDate, List<Entry>> hurtByDate = byDate(wounded);
        List<ConsistencyCheck> checks = new ArrayList<>();
        for (Entry total : casualties.timeline()) {
            if (total.date() == null || total.denied()) {
                continue;
            }
            Entry dead = partner(total, deadByDate);
            Entry hurt = partner(total, hurtByDate);
            if (dead == null && hurt == null) {
                continue;
            }
            long parts = lower(dead, tolerance) + lower(hurt, tolerance);
            Long most = Intervals.upper(total.bounds(), tolerance);
            boolean holds = most == null || most >= parts;
            checks.add(new ConsistencyCheck(ids(total, dead, hurt), holds, reason(total, dead, hurt, holds)));
        }
        return checks;
    }

    private static Map<LocalDate, List<Entry>> byDate(Assembled series) {
        Map<LocalDate, List<Entry>> byDate = new HashMap<>();
        if (series != null) {
            for (Entry entry : series.timeline()) {
                if (entry.date() != null && !entry.denied()) {
                    byDate.computeIfAbsent(entry.date(), date -> new ArrayList<>()).add(entry);
                }
            }
        }
        return byDate;
    }

    private static Entry partner(Entry total, Map<LocalDate, List<Entry>> byDate) {
        for (Entry part : byDate.getOrDefault(total.date(), List.of())) {
            if (sameSource(total, part)) {
                return part;
            }
        }
        return null;
    }

    private static boolean sameSource(Entry a, Entry b) {
        if (a.named() && b.named()) {
            return a.sourceKey().equals(b.sourceKey());
        }
        return a.sourceKey().equals(b.sourceKey()) && a.articles().stream().anyMatch(b.articles()::contains);
    }

    private static long lower(Entry part, double tolerance) {
        Long low = part == null ? null : Intervals.lower(part.bounds(), tolerance);
        return low == null ? 0 : low;
    }

    private static List<String> ids(Entry total, Entry dead, Entry hurt) {
        List<String> ids = new ArrayList<>(List.of(total.claimId()));
        if (dead != null) {
            ids.add(dead.claimId());
        }
        if (hurt != null) {
            ids.add(hurt.claimId());
        }
        return ids;
    }

    private static String reason(Entry total, Entry dead, Entry hurt, boolean holds) {
        StringBuilder parts = new StringBuilder();
        if (dead != null) {
            parts.append("killed ").append(dead.bounds().describe());
        }
        if (hurt != null) {
            parts.append(parts.isEmpty() ? "" : " + ").append("wounded ").append(hurt.bounds().describe());
        }
        String who = total.origin() == null ? "unattributed" : total.origin();
        return "casualties " + total.bounds().describe() + (holds ? " cover " : " fall short of ") + parts + " ("
                + who + ", " + total.date() + ")";
    }
}
