package org.sitrep.series.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.sitrep.core.Certainty;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;
import org.sitrep.series.Bounds;
import org.sitrep.series.SeriesEntry;
import org.sitrep.series.Theatre;

/**
 * One claim as the rules see it, sources resolved to canonical names.
 *
 * @param theatre null until a claim without a place is given its article's dominant theatre, if any
 * @param theatreKey {@link Theatres#key} of the theatre, null with it
 * @param origin the canonical name of the chain's last link; null when the article speaks in its own voice
 * @param sourceKey the origin's {@link Names#key}; "" in the article's own voice
 * @param named false in the article's own voice or when the origin is unnamed ("officials said"): such claims
 *     never revise one another
 * @param side who speaks: the origin's country, else its kind; claims of one side update one another's cumulative
 *     figures
 * @param directness links in the chain that are not outlets relaying it; {@link #INDIRECT} when unnamed or unattributed
 * @param order the position of the figure's first mention in its article, for the dominant-place tie-break
 */
public record Entry(String claimId, List<String> articles, List<String> outlets, LocalDate date, Measure measure,
        String country, Role role, Theatre theatre, String theatreKey, Bounds bounds, List<String> chain, String origin,
        String sourceKey, boolean named, String side, int directness, Certainty certainty, int order) {
    public static final int INDIRECT = Integer.MAX_VALUE;

    public Entry {
        Objects.requireNonNull(claimId, "claimId");
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        chain = List.copyOf(chain);
    }

    public Entry withTheatre(Theatre value, String key) {
        return new Entry(claimId, articles, outlets, date, measure, country, role, value, key, bounds, chain,
                origin, sourceKey, named, side, directness, certainty, order);
    }

    /** This claim with {@code copy}'s articles and outlets added, approximate if either is, the stronger doubt. */
    public Entry mergedWith(Entry copy) {
        TreeSet<String> allArticles = new TreeSet<>(articles);
        allArticles.addAll(copy.articles);
        TreeSet<String> allOutlets = new TreeSet<>(outlets);
        allOutlets.addAll(copy.outlets);
        Bounds value = new Bounds(bounds.low(), bounds.high(), bounds.approx() || copy.bounds.approx());
        return new Entry(claimId, List.copyOf(allArticles), List.copyOf(allOutlets), date, measure, country, role,
                theatre, theatreKey, value, chain, origin, sourceKey, named, side, directness,
                certainty.strongest(copy.certainty), order);
    }

    public boolean denied() {
        return certainty == Certainty.DENIED;
    }

    public SeriesEntry toSeriesEntry() {
        return new SeriesEntry(claimId, articles, outlets, date, bounds, chain, origin, certainty);
    }
}
