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
    public static final Comparator<Entry> ORDER = Comparator
            .comparing(Entry::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Entry::claimId);

    /**
     * Measures whose figures are running totals, so a later larger figure is an update: killed, wounded,
     * casualties, captured, surrendered, released. Deployed, displaced, detained and missing are head counts that
     * can fall.
     */
    private static final Set<Measure> CUMULATIVE = EnumSet.of(Measure.KILLED, Measure.WOUNDED, Measure.CASUALTIES,
            Measure.CAPTURED, Measure.SURRENDERED, Measure.RELEASED);

    private Timeline() {
    }

    public static boolean cumulative(Measure measure) {
        return CUMULATIVE.contains(measure);
    }

    /** Days from {@code earlier} to {@code later}; negative when {@code later} is before. */
    public static long days(LocalDate earlier, LocalDate later) {
        return ChronoUnit.DAYS.between(earlier, later);
    }
}
