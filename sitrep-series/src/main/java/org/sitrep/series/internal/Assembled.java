package org.sitrep.series.internal;

import java.util.List;
import java.util.Locale;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;
import org.sitrep.series.ConsistencyCheck;
import org.sitrep.series.Conflict;
import org.sitrep.series.Estimate;
import org.sitrep.series.Revision;
import org.sitrep.series.Series;
import org.sitrep.series.SeriesOptions;
import org.sitrep.series.Theatre;

/** One series with its rules applied, before related series are linked. */
public record Assembled(String key, Measure measure, String country, Role role, Theatre theatre,
        List<Entry> timeline, List<Revision> revisions, List<Conflict> conflicts, List<Estimate> estimates) {

    /** The series of {@code entries}, all of one key: ordered, copies merged, then the rules. */
    public static Assembled of(String key, List<Entry> entries, SeriesOptions options) {
        List<Entry> ordered = entries.stream().sorted(Timeline.ORDER).toList();
        List<Entry> timeline = Duplicates.merge(ordered, options.duplicateDays());
        Entry first = timeline.get(0);
        return new Assembled(key, first.measure(), first.country(), first.role(), theatre(timeline), timeline,
                Revisions.find(timeline), Conflicts.find(timeline, first.measure(), options),
                new Estimator(first.measure(), options).estimate(timeline));
    }

    /** The series key: "kp-military-killed-ru-kursk-oblast"; "xx" for an open country, no suffix for no place. */
    public static String key(Entry entry) {
        return key(entry.country(), entry.role(), entry.measure(), entry.theatreKey());
    }

    static String key(String country, Role role, Measure measure, String theatreKey) {
        String base = (country == null ? "xx" : country.toLowerCase(Locale.ROOT)) + "-" + role.wireName() + "-"
                + measure.wireName();
        return theatreKey == null ? base : base + "-" + theatreKey;
    }

    /** The key of the series with this one's subject and theatre and another measure. */
    public String siblingKey(Measure other) {
        return key(country, role, other, theatre == null ? null : Theatres.key(theatre));
    }

    public Series toSeries(List<String> related, List<ConsistencyCheck> checks) {
        String title = (country == null ? "??" : country) + " " + role.wireName() + " " + measure.wireName() + " · "
                + Theatres.title(theatre);
        return new Series(key, title, measure, country, role, theatre,
                timeline.stream().map(Entry::toSeriesEntry).toList(), revisions, conflicts, estimates, related,
                checks);
    }

    /** A country theatre's name as an article gave it ("Russia") rather than its code, whichever entry had it. */
    private static Theatre theatre(List<Entry> timeline) {
        Theatre chosen = null;
        for (Entry entry : timeline) {
            Theatre theatre = entry.theatre();
            if (theatre == null) {
                return null;
            }
            if (chosen == null || named(theatre) && (!named(chosen) || theatre.name().compareTo(chosen.name()) < 0)) {
                chosen = theatre;
            }
        }
        return chosen;
    }

    private static boolean named(Theatre theatre) {
        return !theatre.name().equals(theatre.country());
    }
}
