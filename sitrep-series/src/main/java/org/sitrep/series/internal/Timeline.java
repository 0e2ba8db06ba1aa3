package org.sitrep.series.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import org.sitrep.core.Measure;

/** Timeline order, day distances, and which measures count up over time. */
public final class Timeline {
    /** By date (undated last), then claim id. */
    public static final Comparator<Entry> ORDER = Timeline::compare;

    /**
     * Measures whose figures are running totals, so a later larger figure is an update: killed, wounded,
     * casualties, captured, surrendered, released. Deployed, displaced, detained and missing are head counts that
     * can fall.
     */
    private static final Set<Measure> CUMULATIVE = EnumSet.of(Measure.KILLED, Measure.WOUNDED, Measure.CASUALTIES,
            Measure.CAPTURED, Measure.SURRENDERED, Measure.RELEASED);

    private Timeline() {
    }

    private static int compare(Entry a, Entry b) {
        LocalDate x = a.date();
        LocalDate y = b.date();
        if (x != y) {
            if (x == null || y == null) {
                return x == null ? 1 : -1;
            }
            int byDate = x.compareTo(y);
            if (byDate != 0) {
                return byDate;
            }
        }
        return a.claimId().compareTo(b.claimId());
    }

    public static boolean cumulative(Measure measure) {
        return CUMULATIVE.contains(measure);
    }

    /** Days from {@code earlier} to {@code later}; negative when {@code later} is before. */
    public static long days(LocalDate earlier, LocalDate later) {
        return ChronoUnit.DAYS.between(earlier, later);
    }
}
