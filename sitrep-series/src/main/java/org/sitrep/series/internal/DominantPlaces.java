package org.sitrep.series.internal;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.core.Role;
import org.sitrep.series.Theatre;

/**
 * For each article and subject, the theatre most of its placed claims about that subject name; a claim without a
 * place joins it. Ties go to the theatre mentioned first in the article, then to the smaller key.
 */
public final class DominantPlaces {
    private final Map<Subject, Map<String, Tally>> tallies = new HashMap<>();

    /** Counts a placed entry of its article. */
    public void count(Entry entry) {
        if (entry.theatre() == null) {
            return;
        }
        Map<String, Tally> byTheatre = tallies.computeIfAbsent(key(entry), k -> new HashMap<>());
        String theatreKey = entry.theatreKey();
        Tally tally = byTheatre.get(theatreKey);
        byTheatre.put(theatreKey, tally == null ? new Tally(entry.theatre(), theatreKey, 1, entry.order())
                : new Tally(tally.theatre, theatreKey, tally.count + 1, Math.min(tally.first, entry.order())));
    }

    /** The entry placed in its article's dominant theatre for its subject; unchanged when none names a place. */
    public Entry place(Entry entry) {
        Map<String, Tally> byTheatre = tallies.get(key(entry));
        if (byTheatre == null) {
            return entry;
        }
        Tally best = null;
        for (Tally tally : byTheatre.values()) {
            if (best == null || tally.beats(best)) {
                best = tally;
            }
        }
        return entry.withTheatre(best.theatre, best.key);
    }

    private static Subject key(Entry entry) {
        return new Subject(entry.articles().get(0), entry.country(), entry.role());
    }

    private record Subject(String article, String country, Role role) {
    }

    private record Tally(Theatre theatre, String key, int count, int first) {
        boolean beats(Tally other) {
            if (count != other.count) {
                return count > other.count;
            }
            if (first != other.first) {
                return first < other.first;
            }
            return key.compareTo(other.key) < 0;
        }
    }
}
