package org.sitrep.extract.internal;

import java.util.Set;
import org.sitrep.core.Place;
import org.sitrep.core.Span;

/**
 * The place a figure belongs to: the nearest gazetteer place in its sentence that a locative preposition
 * introduces ("in Kursk", "to Russia's Kursk region", "near Molai"); a region, city or area before a country.
 */
final class PlaceFinder {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "around", "outside", "inside", "into",
            "to", "throughout", "on", "from", "within", "over");
    /** "west of Mosul", "outskirts of Kyiv": "of" locates only after these. */
    private static final Set<String> BEFORE_OF = Set.of("west", "east", "north", "south", "northwest", "northeast",
            "southwest", "southeast", "outskirts", "suburbs", "centre", "center", "city", "town", "village", "region",
            "province", "outside", "edge", "heart", "south-west", "north-east", "north-west", "south-east");

    /** "Kyiv had captured", "Seoul said": a capital followed by a verb speaks for its state; it is no place. */
    private static final Set<String> ACTOR_VERBS = Set.of("has", "had", "have", "said", "says", "will", "would", "is", "was",
            "claimed", "claims", "denied", "accused", "announced", "sent", "launched", "struck", "fired", "insisted");

    private final Document doc;

    PlaceFinder(Document doc) {
        this.doc = doc;
    }

    Place find(Sentence s, int anchor, java.util.List<Span> excluded) {
        Place best = null;
        int bestScore = Integer.MAX_VALUE;
        for (int j = s.first(); j < s.last(); j++) {
            TokenTrie.Match m = doc.at(j, Entry.PlaceName.class);
            Gazetteer.Place g = null;
            if (m != null) {
                g = ((Entry.PlaceName) m.entry()).place();
            } else {
                TokenTrie.Match c = doc.at(j, Entry.CountryName.class);
                if (c != null && ((Entry.CountryName) c.entry()).form().equals("name") && !possessive(c.last())) {
                    m = c;
                    g = ((Entry.CountryName) c.entry()).place();
                }
            }
            if (m == null) {
                continue;
            }
            if (doc.baseMention(m.first()) || doc.insideName(m) && !introduced(s, m.first())) {
                j = m.last() - 1;
                continue;
            }
            int start = doc.token(m.first()).start();
            if (excluded.stream().anyMatch(x -> x.start() <= start && start < x.end())) {
                j = m.last() - 1;
                continue;
            }
            boolean country = g.precision() == org.sitrep.core.Precision.COUNTRY;
            boolean introduced = introduced(s, m.first());
            boolean actor = doc.at(m.first(), Entry.CountryName.class) != null && m.last() < s.last()
                    && ACTOR_VERBS.contains(doc.token(m.last()).lower());
            if (!introduced && (country || actor || possessive(m.last()))) {
                j = m.last() - 1;
                continue;
            }
            int distance = Math.abs(j - anchor) + (country ? 12 : 0) + (introduced ? 0 : 8);
            if (distance < bestScore) {
                bestScore = distance;
                Span span = new Span(doc.token(m.first()).start(), doc.token(m.last() - 1).end());
                best = new Place(g.name(), span.of(doc.text), g.country(), g.lat(), g.lon(), g.precision(), span);
            }
            j = m.last() - 1;
        }
        return best;
    }

    private boolean possessive(int next) {
        return next < doc.tokens.size() && doc.token(next).lower().equals("'s");
    }

    /** A preposition stands before the place, perhaps across "Russia's" or "the". */
    private boolean introduced(Sentence s, int first) {
        int j = first - 1;
        int steps = 0;
        while (j >= s.first() && steps < 4) {
            Token t = doc.token(j);
            if (LOCATIVE.contains(t.lower())) {
                return !(j > s.first() && (doc.is(j - 1, "based") || doc.is(j - 1, "headquartered")));
            }
            if (t.is("of")) {
                return j > s.first() && BEFORE_OF.contains(doc.token(j - 1).lower());
            }
            if (!(t.is("the") || t.is("'s") || t.capitalized() || t.is("northern") || t.is("southern") || t.is("eastern")
                    || t.is("western") || t.is("central") || t.is("border") || t.is("city") || t.is("town") || t.is("village")
                    || t.is("region") || t.is("province") || t.is("district"))) {
                return false;
            }
            j--;
            steps++;
        }
        return false;
    }
}
