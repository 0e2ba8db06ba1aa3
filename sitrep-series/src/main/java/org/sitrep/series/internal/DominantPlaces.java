package org.sitrep.series.internal;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.series.Theatre;

/**
 * For each article and subject, the theatre most of its placed claims about that subject name; a claim without a
 * place joins it. Ties go to the theatre mentioned first in the article, then to the smaller key.
 */
public final class DominantPlaces {
    private final Map<String, Map<String, Tally>> tallies = new HashMap<>();

    /** Counts a placed entry of its article. */
    public void count(Entry entry) {
        if (entry.theatre() == null) {
            return;
        }
        Map<String, Tally> byTheatre = tallies.computeIfAbsent(key(entry), k -> new HashMap<>());
        String theatreKey = Theatres.key(entry.theatre());
        Tally tally = byTheatre.get(theatreKey);
        byTheatre.put(theatreKey, tally == null ? new Tally(entry.theatre(), theatreKey, 1, entry.order())
                : new Tally(tally.theatre, theatreKey, tally.count + 1, Math.min(tally.first, entry.order())));
    }

    /** The dominant theatre of the entry's article for its subject; null when none of them names a place. */
    public Theatre of(Entry entry) {
        Map<String, Tally> byTheatre = tallies.get(key(entry));
        if (byTheatre == null) {
            return null;
        }
        Tally best = null;
        for (Tally tally : byTheatre.values()) {
            if (best == null || tally.beats(best)) {
                best = tally;
            }
        }
        return best.theatre;
    }

    private static String key(Entry entry) {
        return entry.articles().get(0) + '\u001f' + entry.country() + '\u001f' + entry.role();
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
