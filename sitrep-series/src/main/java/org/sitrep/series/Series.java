package org.sitrep.series;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;

/**
 * Claims about the same measure, subject and theatre across articles: their timeline, revisions, conflicts and
 * estimates. The JSON shape is "A series (v1)" of the claim format ({@link SeriesJson}).
 *
 * @param key a slug usable on the command line ("kp-military-killed-ru-kursk-oblast")
 * @param country the subject's ISO 3166-1 alpha-2 code, or null when the claims leave it open
 * @param place the theatre, or null for the subject's claims that name no place
 * @param claims the timeline: in order of date (undated last), then claim id
 * @param related the keys of the series shown beside this one (casualties beside killed and wounded)
 * @param checks for a casualties series, its consistency checks against the killed and wounded series
 */
public record Series(String key, String title, Measure measure, String country, Role role, Theatre place,
        List<SeriesEntry> claims, List<Revision> revisions, List<Conflict> conflicts, List<Estimate> estimates,
        List<String> related, List<ConsistencyCheck> checks) {
    public Series {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(role, "role");
        claims = List.copyOf(claims);
        revisions = List.copyOf(revisions);
        conflicts = List.copyOf(conflicts);
        estimates = List.copyOf(estimates);
        related = List.copyOf(related);
        checks = List.copyOf(checks);
    }

    /** The earliest date of the timeline; empty when no claim is dated. */
    public Optional<LocalDate> firstDate() {
        return claims.stream().map(SeriesEntry::date).filter(Objects::nonNull).findFirst();
    }

    /** The latest date of the timeline; empty when no claim is dated. */
    public Optional<LocalDate> lastDate() {
        return claims.stream().map(SeriesEntry::date).filter(Objects::nonNull).reduce((a, b) -> b);
    }

    /** The estimate of the latest date, if any. */
    public Optional<Estimate> latestEstimate() {
        return estimates.isEmpty() ? Optional.empty() : Optional.of(estimates.get(estimates.size() - 1));
    }
}
