package org.sitrep.extract.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Place;
import org.sitrep.core.Role;
import org.sitrep.core.Span;

/**
 * Sets each figure's subject country (and, where the number has no noun, its role) by ordered rules: the
 * demonym or country on the noun ("North Korean soldiers", "troops from Ukraine"), the group of the figure just
 * before ("300 killed and 2,700 wounded"), a group named earlier in the clause ("casualties among the North Korean
 * forces"), the place when the counted are plainly its people, a country named earlier in the clause, and last the
 * article's main subject country.
 */
final class SubjectResolver {
    private final Document doc;

    SubjectResolver(Document doc) {
        this.doc = doc;
    }

    Candidate onNoun(Candidate c) {
        if (c.headFirst() < 0) {
            return c;
        }
        String code = countryBetween(c.quantity().last(), c.headLast());
        if (code != null) {
            return c.withCountry(code, "subject.demonym");
        }
        int j = c.headLast();
        if ((doc.is(j, "from") || doc.is(j, "of")) && j + 1 < c.sentence().last()) {
            int k = doc.is(j + 1, "the") ? j + 2 : j + 1;
            TokenTrie.Match m = doc.at(k, Entry.CountryName.class);
            if (m != null) {
                return c.withCountry(((Entry.CountryName) m.entry()).code(), "subject.from");
            }
        }
        return c;
    }

    /** Fills what {@link #onNoun} left open, given the figures found before this one in the article. */
    private static final java.util.Set<String> PLACE_NOUNS = java.util.Set.of("port", "city", "town", "village", "province",
            "region", "capital", "territory", "soil", "border", "coast", "district", "camp", "hospital", "airport",
            "neighbourhood", "neighborhood", "countryside", "cities", "towns", "villages", "provinces", "regions");

    private static final java.util.Set<String> LOCATIVES = java.util.Set.of("in", "at", "near", "across", "throughout",
            "around", "outside", "inside", "on");

    private String articleCountry;
    private String placeCountry;

    /** Sets the article-wide defaults: the main subject country and the country most places are in. */
    void defaults(List<Candidate> figures) {
        this.articleCountry = articleCountry(doc, figures);
        Map<String, Integer> votes = new HashMap<>();
        for (int i = doc.bodyStart; i < doc.tokens.size(); i++) {
            if (doc.matches.get(i).isEmpty()) {
                continue;
            }
            TokenTrie.Match p = doc.at(i, Entry.PlaceName.class);
            String code = null;
            boolean locative = i > 0 && LOCATIVES.contains(doc.token(i - 1).lower());
            if (p != null && (!locative || doc.baseMention(i) || doc.insideName(p))) {
                i = p.last() - 1;
                continue;
            }
            if (p != null) {
                code = ((Entry.PlaceName) p.entry()).place().country();
            } else {
                TokenTrie.Match m = doc.at(i, Entry.CountryName.class);
                boolean placeNoun = m != null && ((Entry.CountryName) m.entry()).form().equals("demonym")
                        && PLACE_NOUNS.contains(m.last() < doc.tokens.size() ? doc.token(m.last()).lower() : "");
                if (m != null && !doc.baseMention(i) && (placeNoun || i > 0 && (doc.is(i - 1, "in")
                        || doc.is(i - 1, "across") || doc.is(i - 1, "throughout")) && !doc.is(m.last(), "'s"))) {
                    p = m;
                    code = ((Entry.CountryName) m.entry()).code();
                }
            }
            if (code != null) {
                votes.merge(code, p.entry() instanceof Entry.PlaceName ? 2 : 1, Integer::sum);
                i = p.last() - 1;
            }
        }
        this.placeCountry = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private final Map<String, Role> dominantRole = new HashMap<>();

    /** "300 killed" after "North Korean soldiers" all article long: a count without a noun takes the article's role. */
    Candidate withArticleRole(Candidate c) {
        boolean bare = c.headFirst() < 0 || doc.is(c.headFirst(), "men") || doc.is(c.headFirst(), "others");
        if (!bare || c.role() != Role.UNKNOWN || c.country() == null) {
            return c;
        }
        Role role = dominantRole.get(c.country());
        return role == null ? c : c.withSubject(c.headFirst(), c.headLast(), role, c.country(), c.subjectRule());
    }

    /** Counts the roles of the groups the article names with a noun, per country. */
    void dominantRoles(List<Candidate> figures) {
        Map<String, Map<Role, Integer>> counts = new HashMap<>();
        for (Candidate c : figures) {
            if (c.country() != null && c.headFirst() >= 0) {
                counts.computeIfAbsent(c.country(), k -> new java.util.EnumMap<>(Role.class)).merge(c.role(), 1, Integer::sum);
            }
        }
        counts.forEach((country, roles) -> {
            int total = roles.values().stream().mapToInt(Integer::intValue).sum();
            roles.forEach((role, n) -> {
                if (role == Role.MILITARY && n * 3 >= total * 2) {
                    dominantRole.put(country, role);
                }
            });
        });
    }

    /**
     * The subject's country (and a bare number's group) from its context: the figure before it, its clause, its
     * place, the discourse and the article. {@code sourceSpans} are the words naming the sentence's sources: a
     * country they place the claimant in ("a rights organisation in the United States") says where the claimant
     * sits, not whose dead are counted; a claimant's own country ("Ukraine's prosecutors") still counts.
     */
    Candidate inContext(Candidate c, Candidate previous, Place place, List<Span> sourceSpans) {
        boolean inherits = c.headFirst() < 0 || doc.is(c.headFirst(), "others") || doc.is(c.headFirst(), "more");
        if (inherits && previous != null && (previous.sentence() == c.sentence() || doc.is(c.headFirst(), "others")
                || doc.is(c.quantity().first() - 1, "another") || doc.is(c.headFirst(), "more"))) {
            boolean own = c.headFirst() >= 0;
            // "387 were civilians and 268 soldiers, while 319 are uncategorised": parts named by a copula each
            // have their own group, so a bare part keeps only the country
            boolean part = previous.headFirst() > 0 && (doc.is(previous.headFirst() - 1, "were")
                    || doc.is(previous.headFirst() - 1, "are"));
            Candidate out = c.withSubject(own ? c.headFirst() : previous.headFirst(), own ? c.headLast() : previous.headLast(),
                    part ? c.role() : previous.role(), c.country() != null ? c.country() : previous.country(),
                    "subject.previous");
            if (out.country() != null) {
                return out;
            }
            c = out;
        }
        if (c.headFirst() < 0) {
            int[] group = groupBefore(c);
            if (group != null) {
                Role role = ((Entry.PeopleNoun) doc.at(group[0], Entry.PeopleNoun.class).entry()).role();
                String code = countryBefore(group[0]);
                int from = group[0];
                TokenTrie.Match demonym = doc.endingAt(from, Math.max(0, from - 4), Entry.CountryName.class);
                if (demonym != null) {
                    from = demonym.first();
                }
                c = c.withSubject(from, group[1], role, code, "subject.clause-group");
                if (code != null) {
                    return c;
                }
            }
        }
        if (c.country() != null) {
            return c;
        }
        String near = demonymBeforeMeasure(c);
        if (near != null) {
            // "Ukrainian losses", "Russia's losses": a country's losses are its forces'
            Role role = lossesOf(c) && c.role() == Role.UNKNOWN ? Role.MILITARY : c.role();
            return c.withSubject(c.headFirst(), c.headLast(), role, near, "subject.measure-demonym");
        }
        if (place != null && place.country() != null && c.role() != Role.MILITARY && c.role() != Role.MILITANT) {
            return c.withCountry(place.country(), "subject.place");
        }
        String left = countryInClause(c, sourceSpans);
        if (left != null) {
            return c.withCountry(left, "subject.clause-country");
        }
        if (previous != null && previous.country() != null && !"subject.article".equals(previous.subjectRule())
                && c.sentence().paragraph() - previous.sentence().paragraph() <= 1
                && (previous.role() == Role.MILITARY) == (c.role() == Role.MILITARY)) {
            return c.withCountry(previous.country(), "subject.discourse");
        }
        String fallback = c.role() == Role.MILITARY || c.role() == Role.MILITANT || placeCountry == null
                ? articleCountry : placeCountry;
        if (fallback != null) {
            return c.withCountry(fallback, "subject.article");
        }
        return c;
    }

    /** "North Korean dead and wounded ... past 3,000": a demonym right before the measure word of a number without noun. */
    private String demonymBeforeMeasure(Candidate c) {
        if (c.headFirst() >= 0) {
            return null;
        }
        int floor = Math.max(c.sentence().first() + 1, c.quantity().first() - 14);
        for (int j = c.quantity().first() - 1; j >= floor; j--) {
            if (doc.at(j, Entry.MeasureCue.class) != null) {
                TokenTrie.Match m = doc.endingAt(j, Math.max(0, j - 4), Entry.CountryName.class);
                if (m != null && ((Entry.CountryName) m.entry()).form().equals("demonym")) {
                    return ((Entry.CountryName) m.entry()).code();
                }
            }
        }
        return null;
    }

    private boolean lossesOf(Candidate c) {
        for (int j = c.quantity().first() - 1; j >= Math.max(c.sentence().first(), c.quantity().first() - 14); j--) {
            if (doc.is(j, "losses")) {
                return true;
            }
        }
        return false;
    }

    private String countryBetween(int from, int to) {
        String found = null;
        for (int j = from; j < to; j++) {
            TokenTrie.Match m = doc.at(j, Entry.CountryName.class);
            if (m != null) {
                found = ((Entry.CountryName) m.entry()).code();
                j = m.last() - 1;
            } else if (doc.is(j - 1, "the") && (doc.token(j).text().equals("North") || doc.token(j).text().equals("South"))
                    && koreas()) {
                found = doc.token(j).text().equals("North") ? "KP" : "KR";   // "the North's soldiers"
            }
        }
        return found;
    }

    private Boolean koreas;

    /** The article names both Koreas, so "the North" and "the South" are theirs, as Korea reporting writes. */
    private boolean koreas() {
        if (koreas == null) {
            boolean north = false;
            boolean south = false;
            for (int i = 0; i < doc.tokens.size() && !(north && south); i++) {
                TokenTrie.Match m = doc.at(i, Entry.CountryName.class);
                if (m != null) {
                    String code = ((Entry.CountryName) m.entry()).code();
                    north |= code.equals("KP");
                    south |= code.equals("KR");
                }
            }
            koreas = north && south;
        }
        return koreas;
    }

    /** "North Korean forces", "North Korea's troops": a country just before a group noun. */
    private String countryBefore(int noun) {
        for (int j = noun - 1; j >= Math.max(0, noun - 4); j--) {
            TokenTrie.Match m = doc.endingAt(j + 1, Math.max(0, noun - 6), Entry.CountryName.class);
            if (m != null) {
                return ((Entry.CountryName) m.entry()).code();
            }
            Token t = doc.token(j);
            if (!(t.is("'s") || t.is("the") || t.isWord() && !t.capitalized() && t.lower().length() > 2)) {
                return null;
            }
        }
        return null;
    }

    private int[] groupBefore(Candidate c) {
        int floor = Math.max(c.sentence().first(), c.quantity().first() - 14);
        for (int j = c.quantity().first() - 1; j >= floor; j--) {
            if (doc.token(j).text().equals(";")) {
                return null;
            }
            TokenTrie.Match m = doc.at(j, Entry.PeopleNoun.class);
            if (m != null && m.last() <= c.quantity().first() && !doc.is(j, "others")) {
                return new int[] {m.first(), m.last()};
            }
        }
        return null;
    }

    private String countryInClause(Candidate c, List<Span> sourceSpans) {
        int floor = Math.max(c.sentence().first(), c.quantity().first() - 14);
        for (int j = c.quantity().first() - 1; j >= floor; j--) {
            TokenTrie.Match m = doc.at(j, Entry.CountryName.class);
            if (m != null && m.last() <= c.quantity().first() && !doc.baseMention(j) && !doc.perpetrator(m)
                    && !(placedIn(j) && inside(sourceSpans, j))) {
                return ((Entry.CountryName) m.entry()).code();
            }
        }
        return null;
    }

    /** "in Iran", "in the United States". */
    private boolean placedIn(int country) {
        return doc.is(country - 1, "in") || doc.is(country - 1, "the") && doc.is(country - 2, "in");
    }

    private boolean inside(List<Span> spans, int token) {
        Span at = new Span(doc.token(token).start(), doc.token(token).end());
        return spans.stream().anyMatch(span -> span.contains(at));
    }

    /** The country most figures of the article are about, else the one it names most. */
    static String articleCountry(Document doc, List<Candidate> figures) {
        Map<String, Integer> votes = new HashMap<>();
        for (Candidate c : figures) {
            if (c.country() != null) {
                votes.merge(c.country(), 10, Integer::sum);
            }
        }
        for (int i = doc.bodyStart; i < doc.tokens.size(); i++) {
            if (doc.matches.get(i).isEmpty()) {
                continue;
            }
            TokenTrie.Match m = doc.at(i, Entry.CountryName.class);
            if (m != null) {
                votes.merge(((Entry.CountryName) m.entry()).code(), 1, Integer::sum);
                i = m.last() - 1;
                continue;
            }
            TokenTrie.Match p = doc.at(i, Entry.PlaceName.class);
            if (p != null && ((Entry.PlaceName) p.entry()).place().country() != null && !doc.insideName(p)) {
                votes.merge(((Entry.PlaceName) p.entry()).place().country(), 1, Integer::sum);
                i = p.last() - 1;
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }
}
