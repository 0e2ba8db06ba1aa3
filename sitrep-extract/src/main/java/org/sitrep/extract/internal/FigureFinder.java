package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;

/**
 * Decides which numbers count people, what they count (the measure) and whom (the subject), by a sieve of
 * ordered rules over the number's neighbourhood: a measure word right after the number or its noun ("300 killed",
 * "soldiers were killed"), a noun that implies one ("bodies"), an active verb before it ("killing 12 people"), a
 * measure word later in the clause, then a frame to its left ("the death toll rose to 38").
 * This file is long because the rules share one neighbourhood walk; each rule is a method of its own.
 */
final class FigureFinder {
    /** Words that may stand between a number and its noun ("300 North Korean soldiers", "2,700 others"). */
    private static final Set<String> MODIFIERS = Set.copyOf(java.util.List.of("other", "more", "additional", "further", "new", "elite", "combat",
            "active", "armed", "young", "unarmed", "innocent", "local", "foreign", "elderly", "female", "male", "senior",
            "junior", "regular", "enemy", "of", "the", "them", "whom", "our", "their", "its", "his", "her", "these", "those",
            "ethnic", "alawite", "displaced", "injured", "wounded", "dead", "detained", "captured", "missing", "trapped",
            "civilian", "military", "army", "police", "security", "government", "rebel", "militia", "israeli-held",
            "russian-held", "ukrainian-held", "pro-russian", "pro-assad", "pro-government", "special", "forces", "operations",
            "backed", "allied", "fellow", "ordinary", "palestinian", "conscript", "contract", "wagner", "mostly", "adult",
            "men", "women", "and", "about", "newly", "'s", "freed", "released", "serving", "active-duty", "recently"));
    private static final Set<String> SKIP_BETWEEN = Set.copyOf(java.util.List.of("have", "has", "had", "been", "were", "was", "are", "is", "be",
            "being", "reportedly", "allegedly", "also", "now", "still", "already", "likely", "probably", "confirmed", "thought",
            "believed", "said", "to", "since", "later", "all", "in", "total", "so", "far", "either", "either", "both",
            "were", "feared", "presumed", "officially", "apparently", "may", "might", "could", "would", "will", "then",
            "subsequently", "eventually", "ultimately", "just", "recently", "who", "that", "which", "being", "get", "got",
            "remain", "remained", "remains", "reported", "estimated", "had", "not", "yet", "listed", "as", "declared",
            "either", "among", "them", "there", "it", "dead", "seriously", "critically", "badly", "lightly", "moderately",
            "slightly", "severely", "fatally", "\u2019s"));
    private static final int WINDOW = 13;
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "might", "may", "can", "shall", "should");
    private static final Set<String> INTENT = Set.copyOf(java.util.List.of("intends", "intend", "intended", "plans", "plan",
            "planning", "planned", "aims", "aim", "wants", "want", "wanted", "expected", "expects", "preparing", "prepared",
            "ready", "threatened", "threatens", "promised", "pledged", "vowed", "offered", "proposed", "set", "going",
            "likely", "able", "could", "would", "will", "may", "might", "willing", "agreed", "hopes", "hope", "meant"));

    private final Document doc;

    /** Per article: one finder reads one document, sentence by sentence. */
    FigureFinder(Document doc) {
        this.doc = doc;
    }

    private final List<Candidate> found = new ArrayList<>();

    /** The figures of a sentence; call for the sentences in text order, as later rules look back at earlier figures. */
    List<Candidate> find(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        for (Quantity q : NumberGrammar.find(doc, s)) {
            Candidate c = classify(s, q, found);
            if (c != null) {
                out.add(c);
                found.add(c);
            }
        }
        return out;
    }

    private Candidate classify(Sentence s, Quantity q, List<Candidate> earlier) {
        int[] head = head(s, q);
        int after = head != null ? head[1] : q.last();
        Entry.PeopleNoun noun = head == null ? null : doc.at(head[0], Entry.PeopleNoun.class) != null
                ? (Entry.PeopleNoun) doc.at(head[0], Entry.PeopleNoun.class).entry() : new Entry.PeopleNoun(Role.UNKNOWN, null);
        Measure measure;
        String rule;
        if (head == null) {
            head = copulaHead(s, q);
            if (head != null) {
                after = q.last();
                noun = doc.at(head[0], Entry.PeopleNoun.class) != null
                        ? (Entry.PeopleNoun) doc.at(head[0], Entry.PeopleNoun.class).entry() : new Entry.PeopleNoun(Role.UNKNOWN, null);
            }
        }
        if (future(s, q)) {
            return null;
        }
        if (head == null && countsSomethingElse(s, q)) {
            return null;
        }
        TokenTrie.Match adjacent = postMeasure(s, after, 3);
        TokenTrie.Match modifier = head != null ? modifierMeasure(q.last(), head[0]) : null;
        if (modifier != null) {
            measure = measureOf(modifier);
            rule = "measure.modifier";
        } else if (adjacent == null && !earlier.isEmpty() && partOfEarlier(s, q)) {
            measure = earlier.get(earlier.size() - 1).measure();
            rule = "measure.previous";
        } else if (adjacent != null) {
            measure = measureOf(adjacent);
            rule = "measure.after";
        } else if (noun != null && noun.measure() != null && !releaseVerbBefore(s, q)) {
            measure = noun.measure();
            rule = "measure.noun";
        } else if ((measure = preMeasure(s, q)) != null) {
            rule = "measure.verb-before";
        } else {
            TokenTrie.Match later = postMeasure(s, after, WINDOW);
            if (later != null && measureOf(later) == Measure.DEPLOYED) {
                TokenTrie.Match beyond = postMeasure(s, later.last(), WINDOW);
                later = beyond != null && measureOf(beyond) != Measure.DEPLOYED ? beyond : later;
            }
            if (later != null) {
                measure = measureOf(later);
                rule = "measure.clause";
            } else if ((measure = partitive(s, q, earlier)) != null) {
                rule = "measure.partitive";
            } else if ((measure = frame(s, q)) != null) {
                rule = "measure.frame";
            } else if (noun != null && noun.role() == Role.MILITARY && presentIn(s, after)) {
                measure = Measure.DEPLOYED;
                rule = "measure.present-in";
            } else if (!earlier.isEmpty() && earlier.get(earlier.size() - 1).sentence() == s
                        && (head != null || followedByVerb(s, q) || listed(s, q))) {
                measure = earlier.get(earlier.size() - 1).measure();
                rule = "measure.previous";
            } else {
                return null;
            }
        }
        if (head == null && !plausibleWithoutNoun(s, q, measure, rule)) {
            return null;
        }
        if (measure == Measure.DEPLOYED && noun != null && noun.role() != Role.MILITARY && noun.role() != Role.MILITANT) {
            return null;
        }
        if (head != null) {
            q = boundAfterNoun(s, q, head[1]);
            return new Candidate(s, q, measure, rule, head[0], head[1], noun.role(), null, "subject.noun");
        }
        return new Candidate(s, q, measure, rule, -1, -1, Role.UNKNOWN, null, null);
    }

    /** The people noun a number counts: "300 North Korean soldiers", "thousands of troops", "18,484 of our citizens". */
    private int[] head(Sentence s, Quantity q) {
        int j = q.last();
        int limit = Math.min(s.last(), j + 6);
        while (j < limit) {
            TokenTrie.Match noun = doc.at(j, Entry.PeopleNoun.class);
            if (noun != null) {
                // "forces" or "men" as a modifier of a longer noun phrase: take the longest head
                int end = noun.last();
                TokenTrie.Match next = end < s.last() ? doc.at(end, Entry.PeopleNoun.class) : null;
                if (next != null) {
                    end = next.last();
                    noun = next;
                    return new int[] {next.first(), end};
                }
                return new int[] {noun.first(), end};
            }
            TokenTrie.Match country = doc.at(j, Entry.CountryName.class);
            if (country != null) {
                Entry.CountryName c = (Entry.CountryName) country.entry();
                if (c.form().equals("demonym") && isPluralDemonym(country)) {
                    return new int[] {country.first(), country.last()};
                }
                j = country.last();
                continue;
            }
            Token t = doc.token(j);
            if (t.isWord() && (MODIFIERS.contains(t.lower()) || t.capitalized() && j > q.last() - 1 || t.lower().contains("-"))
                    || t.isPunct() && QUOTES.contains(t.text())) {
                j++;
                continue;
            }
            return null;
        }
        return null;
    }

    private boolean isPluralDemonym(TokenTrie.Match m) {
        String last = doc.token(m.last() - 1).lower();
        return last.endsWith("s") || last.endsWith("ese");
    }

    /** A measure word that follows the number or its noun within {@code reach} tokens, skipping auxiliaries. */
    private TokenTrie.Match postMeasure(Sentence s, int from, int reach) {
        int j = from;
        int seen = 0;
        while (j < s.last() && seen < reach) {
            TokenTrie.Match m = doc.at(j, Entry.MeasureCue.class);
            if (m != null) {
                String pos = ((Entry.MeasureCue) m.entry()).position();
                if (!pos.equals("pre")) {
                    return m;
                }
            }
            Token t = doc.token(j);
            if (t.isNumber() || doc.at(j, Entry.NumberWord.class) != null && !t.is("a") && j > from
                    || t.text().equals(";") || t.text().equals(":")) {
                return null;
            }
            if (t.text().equals(",") && reach > 3) {
                int skip = parenthetical(s, j);
                if (skip > j) {
                    j = skip;
                    continue;
                }
            }
            if (reach <= 3 && !SKIP_BETWEEN.contains(t.lower()) && !t.text().equals(",")) {
                return null;
            }
            j++;
            seen += t.isPunct() ? 0 : 1;
        }
        return null;
    }

    /** ", two of them monks," or ", including 5 children,": the index after the closing comma, else {@code comma}. */
    private int parenthetical(Sentence s, int comma) {
        for (int k = comma + 1; k < Math.min(s.last(), comma + 10); k++) {
            if (doc.token(k).text().equals(",")) {
                String inside = doc.text(comma + 1, k).toLowerCase(java.util.Locale.ROOT);
                if (inside.contains("of them") || inside.contains("of whom") || inside.contains("including")
                        || inside.contains("among them") || inside.contains("most of") || inside.startsWith("or ")) {
                    return k + 1;
                }
                return comma;
            }
        }
        return comma;
    }

    /** "392 bodies, at a minimum," and "600 soldiers or more": a bound written after the noun. */
    private Quantity boundAfterNoun(Sentence s, Quantity q, int after) {
        int j = doc.is(after, ",") ? after + 1 : after;
        for (TokenTrie.Match m : j < s.last() ? doc.matches.get(j) : List.<TokenTrie.Match>of()) {
            boolean nextNumber = m.last() < s.last() && (doc.token(m.last()).isNumber()
                    || doc.at(m.last(), Entry.NumberWord.class) != null);
            if (m.entry() instanceof Entry.Bound b && !b.pre() && b.effect().equals("min") && q.low() != null
                    && !doc.is(m.last(), "of") && !nextNumber) {
                return new Quantity(q.first(), q.last(), q.core(), q.coreLast(), q.low(), null, q.approx(), q.vague());
            }
        }
        return q;
    }

    /** "exchanged 150 prisoners of war": a release verb outranks the capture the noun implies. */
    private boolean releaseVerbBefore(Sentence s, Quantity q) {
        return preMeasure(s, q) == Measure.RELEASED;
    }

    /** "Thirty-three wounded people", "300 dead soldiers": a measure word between the number and its noun. */
    private TokenTrie.Match modifierMeasure(int from, int noun) {
        for (int j = from; j < noun; j++) {
            TokenTrie.Match m = doc.at(j, Entry.MeasureCue.class);
            if (m != null && m.last() <= noun && !((Entry.MeasureCue) m.entry()).position().equals("pre")) {
                return m;
            }
        }
        return null;
    }

    /** An active verb before the number: "killing no fewer than 35 people", "sent over 10,000 soldiers". */
    private Measure preMeasure(Sentence s, Quantity q) {
        int j = q.first() - 1;
        int floor = Math.max(s.first(), q.first() - 4);
        while (j >= floor) {
            Token t = doc.token(j);
            TokenTrie.Match m = doc.endingAt(j + 1, floor, Entry.MeasureCue.class);
            if (m != null) {
                String pos = ((Entry.MeasureCue) m.entry()).position();
                if (pos.equals("pre") || pos.equals("both")) {
                    return measureOf(m);
                }
                return null;
            }
            if (t.is("another") || t.is("a") || t.is("further") || t.is("an") || t.is("additional") || t.is("the")
                    || t.is("some") || t.is("also") || t.is("reportedly") || t.is("allegedly") || t.is("at") || t.is("least")) {
                j--;
                continue;
            }
            return null;
        }
        return null;
    }

    /** "two of them", "30 of whom", "382 of the dead": a part of a count stated just before. */
    private Measure partitive(Sentence s, Quantity q, List<Candidate> earlier) {
        int j = q.last();
        if (!doc.is(j, "of")) {
            return null;
        }
        int k = j + 1;
        if (doc.is(k, "the") || doc.is(k, "our") || doc.is(k, "their") || doc.is(k, "those")) {
            k++;
            if (k < s.last() && (doc.is(k, "civilian") || doc.is(k, "adult") || doc.is(k, "total") || doc.is(k, "reported"))) {
                k++;
            }
            TokenTrie.Match m = doc.at(k, Entry.MeasureCue.class);
            if (m != null) {
                return measureOf(m);
            }
        }
        if ((doc.is(k, "them") || doc.is(k, "whom") || doc.is(k, "these") || doc.is(k, "those")) && !earlier.isEmpty()) {
            return earlier.get(earlier.size() - 1).measure();
        }
        return null;
    }

    /** A measure word earlier in the clause governs a number later in it: "the death toll rose to 38". */
    private Measure frame(Sentence s, Quantity q) {
        int floor = Math.max(s.first(), q.first() - 16);
        for (int j = q.first() - 1; j >= floor; j--) {
            Token t = doc.token(j);
            if (t.text().equals(";") || t.isNumber() && j < q.first() - 1) {
                return null;
            }
            TokenTrie.Match m = doc.at(j, Entry.MeasureCue.class);
            if (m != null && m.last() <= q.first()) {
                for (int k = Math.max(floor, j - 3); k < j; k++) {
                    TokenTrie.Match longer = doc.at(k, Entry.MeasureCue.class);
                    if (longer != null && longer.last() >= m.last() && longer.last() <= q.first()) {
                        return measureOf(longer);
                    }
                }
                return measureOf(m);
            }
        }
        return null;
    }

    /** "intends to send 6,000", "could deploy 10,000 more": a count of what may happen is not a figure. */
    private boolean future(Sentence s, Quantity q) {
        int j = q.first() - 1;
        while (j > s.first() && (doc.is(j, "more") || doc.is(j, "another") || doc.is(j, "an") || doc.is(j, "additional"))) {
            j--;
        }
        TokenTrie.Match verb = j >= s.first() ? doc.endingAt(j + 1, s.first(), Entry.MeasureCue.class) : null;
        if (verb == null || verb.first() == s.first()) {
            return false;
        }
        String before = doc.token(verb.first() - 1).lower();
        if (before.equals("to")) {
            int k = verb.first() - 2;
            while (k > s.first() && (doc.is(k, "also") || doc.is(k, "soon") || doc.is(k, "still") || doc.is(k, "now"))) {
                k--;
            }
            return k >= s.first() && INTENT.contains(doc.token(k).lower());
        }
        return MODALS.contains(before);
    }

    private boolean followedByVerb(Sentence s, Quantity q) {
        int j = q.last();
        return doc.is(j, "have") || doc.is(j, "has") || doc.is(j, "were") || doc.is(j, "was") || doc.is(j, "are")
                || doc.is(j, "is") || doc.is(j, "had");
    }

    /** "Of those, 387 were civilians", "That total includes 120 fighters": the sentence points back at the last count. */
    private boolean partOfEarlier(Sentence s, Quantity q) {
        int f = s.first();
        boolean back = (doc.is(f, "of") || doc.is(f, "among")) && (doc.is(f + 1, "those") || doc.is(f + 1, "them")
                || doc.is(f + 1, "these") || doc.is(f + 1, "the") || doc.is(f + 1, "whom"));
        for (int j = f; j < Math.min(q.first(), f + 5) && !back; j++) {
            back = (doc.is(j, "includes") || doc.is(j, "included") || doc.is(j, "include"))
                    && (doc.is(f, "that") || doc.is(f, "the") || doc.is(f, "this") || doc.is(f, "those"));
        }
        return back;
    }

    /** "Tartus with 384, Hama with 171 and Homs with 12": the next item of a list of counts. */
    private boolean listed(Sentence s, Quantity q) {
        int b = q.first() - 1;
        return b > s.first() && (doc.is(b, "with") || doc.is(b, "and") || doc.token(b).text().equals(",") || doc.is(b, "for"));
    }

    private static final Set<String> FOLLOWERS = Set.copyOf(java.util.List.of("of", "and", "or", "were", "was", "are",
            "is", "have", "has", "had", "been", "to", "in", "on", "at", "since", "by", "for", "from", "with", "during",
            "after", "before", "over", "under", "more", "others", "other", "so", "as", "including", "among", "while",
            "when", "who", "which", "that", "the", "a", "this", "last", "across", "inside", "alone", "each", "total",
            "all", "overall", "now", "still", "already", "so far", "people", "being", "according", "but", "whom", "remain",
            "reportedly", "also", "confirmed", "reported", "respectively", "altogether", "combined", "then", "will",
            "would", "could", "may", "might", "dead", "injured", "wounded", "killed", "missing", "later", "earlier"));

    /** "12 hospitals", "47 massacres", "several locations": a number with a noun that is not people. */
    private boolean countsSomethingElse(Sentence s, Quantity q) {
        int j = q.last();
        if (j >= s.last()) {
            return false;
        }
        Token t = doc.token(j);
        return t.isWord() && !t.capitalized() && !FOLLOWERS.contains(t.lower()) && !t.lower().endsWith("ly")
                && doc.at(j, Entry.MeasureCue.class) == null
                && doc.at(j, Entry.PeopleNoun.class) == null && doc.at(j, Entry.Bound.class) == null
                && doc.at(j, Entry.CueWord.class) == null;
    }

    /** "1,709 are women", "Some 2,913 of the dead are children": the noun after a copula names the group. */
    private int[] copulaHead(Sentence s, Quantity q) {
        int j = q.last();
        if (doc.is(j, "of") && (doc.is(j + 1, "the") || doc.is(j + 1, "them") || doc.is(j + 1, "whom"))) {
            j += 2;
            while (j < s.last() && (doc.at(j, Entry.MeasureCue.class) != null || doc.is(j, "civilian") || doc.is(j, "total"))) {
                j++;
            }
        }
        if (!(doc.is(j, "are") || doc.is(j, "were") || doc.is(j, "was") || doc.is(j, "is"))) {
            return null;
        }
        for (int k = j + 1; k < Math.min(s.last(), j + 8); k++) {
            if (doc.token(k).isPunct() || doc.token(k).isNumber()) {
                return null;
            }
            TokenTrie.Match noun = doc.at(k, Entry.PeopleNoun.class);
            if (noun != null) {
                return new int[] {noun.first(), noun.last()};
            }
        }
        return null;
    }

    private boolean presentIn(Sentence s, int from) {
        for (int j = from; j < Math.min(s.last(), from + 5); j++) {
            if (doc.is(j, "there") || doc.is(j, "present")) {
                return true;
            }
            if ((doc.is(j, "in") || doc.is(j, "to") || doc.is(j, "into") || doc.is(j, "inside"))
                    && (doc.at(j + 1, Entry.CountryName.class) != null || doc.at(j + 1, Entry.PlaceName.class) != null)) {
                return true;
            }
        }
        return false;
    }

    /** A number with no people noun is a figure only when a measure word sits right beside it or frames it. */
    private boolean plausibleWithoutNoun(Sentence s, Quantity q, Measure measure, String rule) {
        if (rule.equals("measure.after") || rule.equals("measure.partitive") || rule.equals("measure.frame")
                || rule.equals("measure.previous") || rule.equals("measure.verb-before")) {
            return true;
        }
        int j = q.last();
        if (rule.equals("measure.verb-before") && q.first() > s.first()
                && (doc.is(q.first() - 1, "at") || doc.is(q.first() - 1, "to"))) {
            return true;   // "put the number of wounded at 5,558", "the dead rose to 38"
        }
        return j < s.last() && (doc.is(j, "others") || doc.is(j, "more") || doc.is(j, "of"));
    }

    private static Measure measureOf(TokenTrie.Match m) {
        return ((Entry.MeasureCue) m.entry()).measure();
    }
}
