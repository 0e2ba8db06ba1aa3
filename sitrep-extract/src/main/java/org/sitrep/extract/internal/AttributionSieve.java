package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.Cue;
import org.sitrep.core.CueKind;
import org.sitrep.core.Source;
import org.sitrep.core.SourceKind;
import org.sitrep.core.Span;

/**
 * Finds the attributions of each sentence with ordered rules ("according to X, citing Y", "X said/told/estimated",
 * "said X", "X's tally", "X told OUTLET", "..., OUTLET reported"), resolves each source to the fullest name the
 * article gives, and remembers relays ("a lawmaker citing the intelligence agency") so that the relaying source's
 * later figures carry the same origin. Stateful per article: use one instance per document, sentences in order.
 * This file is long because the rules share the noun-phrase walks; each rule is a method of its own.
 */
final class AttributionSieve {
    private static final Set<String> AUX = Set.copyOf(java.util.List.of("has", "have", "had", "also", "earlier", "previously", "later", "separately",
            "further", "again", "publicly", "officially", "would", "will", "then", "first", "initially", "now", "already",
            "had", "just", "recently", "once", "repeatedly", "has", "in", "statement", "a", "on"));
    private static final Set<String> NP_STOP = Set.copyOf(java.util.List.of("that", "which", "who", "whom", "whose", "citing", "quoting", "said",
            "says", "told", "on", "in", "as", "after", "when", "while", "because", "but", "since", "during", "with", "than",
            "last", "this", "earlier", "late", "early", "to", "at", "is", "was", "were", "are", "has", "had", "have", "put",
            "puts", "showed", "shows", "the", "a", "an", "by", "released", "published"));
    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on", "by", "since", "last", "this", "late", "early");
    private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "weekend", "night", "morning", "evening",
            "afternoon", "day", "today", "yesterday");
    private static final Set<String> PARTICIPLES = Set.of("released", "published", "compiled", "issued", "gathered",
            "collected", "presented", "provided", "kept", "maintained", "run");
    private static final Set<String> COUNT_NOUNS = Set.of("count", "tally", "toll", "figures", "figure", "bulletin", "report",
            "statement", "data", "list", "estimate", "records", "database", "numbers");
    /** Capitalised only because they open a sentence: "Local authorities said", "Regional officials said". */
    private static final Set<String> OPENERS = Set.of("local", "regional", "provincial", "federal", "state", "senior",
            "foreign", "medical", "hospital", "emergency", "government", "security", "police", "health", "official",
            "rescue", "western", "eastern", "northern", "southern", "military", "army", "village", "city", "district",
            "tribal", "community", "party", "rebel", "opposition", "humanitarian", "aid", "independent", "unnamed");
    private static final Set<String> PERSON_HEADS = Set.of("officer", "official", "officials", "commander", "source",
            "sources", "soldier", "member", "members", "aide", "aides", "adviser", "advisor", "resident", "witness", "diplomat");
    private static final Set<String> PRONOUNS = Set.copyOf(java.util.List.of("he", "she", "they", "it", "his", "her", "their", "its", "him", "them"));
    private static final Set<String> RELAY_FILLER = Set.copyOf(java.util.List.of("information", "data", "figures", "a", "an", "report", "reports",
            "statement", "from", "by", "of", "the", "numbers", "estimates", "intelligence", "assessment", "assessments",
            "that", "an"));

    private final Document doc;
    private final Entities entities;
    private final Gazetteer gazetteer;
    private final Map<String, List<Source>> relays = new HashMap<>();
    private List<Attribution> inSentence = List.of();
    private Source lastPerson;
    private Source lastOrganization;
    private int lastOrganizationSentence = -10;
    private int current;
    private Source lastSource;

    AttributionSieve(Document doc, Entities entities, Gazetteer gazetteer) {
        this.doc = doc;
        this.entities = entities;
        this.gazetteer = gazetteer;
    }

    /** The attributions in the sentence, in text order; media relays merged into the chain they carry. */
    List<Attribution> find(Sentence s) {
        List<Attribution> found = new ArrayList<>();
        current = s.index();
        for (int j = s.first(); j < s.last(); j++) {
            TokenTrie.Match cue = cueAt(j);
            if (cue == null) {
                continue;
            }
            inSentence = found;
            Attribution a = switch (((Entry.CueWord) cue.entry()).kind()) {
                case "prep" -> accordingTo(s, cue);
                case "verb" -> speechVerb(s, cue);
                case "document" -> shownBy(s, cue);
                case "origin" -> cameFrom(s, cue);
                case "count" -> tally(s, cue);
                case "hearsay" -> hearsay(cue);
                default -> null;
            };
            if (a != null && !a.chain().isEmpty()) {
                found.add(a);
                j = Math.max(j, cue.last() - 1);
            }
        }
        found = mergeOutlets(found);
        if (found.size() > 1 && found.stream().anyMatch(a -> !a.rule().equals("attribution.document"))) {
            found.removeIf(a -> a.rule().equals("attribution.document"));   // "Zelensky said data showed": Zelensky
        }
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution a : found) {
            remember(a.chain());
            out.add(new Attribution(a.at(), withRelay(a.chain()), a.cues(), a.rule()));
        }
        return out;
    }

    private TokenTrie.Match cueAt(int j) {
        for (TokenTrie.Match m : doc.matches.get(j)) {
            if (m.entry() instanceof Entry.CueWord w && !w.kind().equals("hedge") && !w.kind().equals("denial")
                    && !w.kind().equals("relay")) {
                return m;
            }
        }
        return null;
    }

    /** "according to X", "according to X, citing Y", "by the count of X". */
    private Attribution accordingTo(Sentence s, TokenTrie.Match cue) {
        int[] np = nounPhraseAfter(s, cue.last());
        if (np == null) {
            return null;
        }
        List<Cue> cues = new ArrayList<>(List.of(cue(cue, CueKind.ATTRIBUTION)));
        List<Source> chain = new ArrayList<>();
        add(chain, resolve(np[0], np[1]));
        String rule = relay(s, np[1], chain, cues) ? "attribution.according-to-citing" : "attribution.according-to";
        return new Attribution(cue.first(), chain, cues, rule);
    }

    /** "X said (that)", "..., said X", "X told Reuters", "X, citing Y, said". */
    private Attribution speechVerb(Sentence s, TokenTrie.Match cue) {
        int v = cue.first();
        Token before = v > s.first() ? doc.token(v - 1) : null;
        if (before != null && (before.isNumber() || before.is("the") || before.is("a") || before.is("an") || before.is("its")
                || before.is("their") || before.is("his") || before.is("her") || before.is("is") || before.is("are")
                || before.is("was") || before.is("were") || before.is("been") || before.is("be") || before.is("being")
                || doc.endingAt(v, s.first(), Entry.Bound.class) != null)) {
            return null;
        }
        boolean numberNext = v + 1 < s.last() && (doc.token(v + 1).isNumber() || doc.at(v + 1, Entry.NumberWord.class) != null);
        if ((doc.at(v, Entry.Bound.class) != null || doc.at(v, Entry.MeasureCue.class) != null) && numberNext
                || doc.token(v).lower().startsWith("claim") && claimsAThing(doc, cue.last(), s)) {
            return null;
        }
        if (negated(s, v) || before != null && before.is("and") && !doc.token(v).is("said") && !doc.token(v).is("told")) {
            return null;
        }
        String verb = doc.token(v).lower();
        if ((verb.equals("put") || verb.equals("puts") || verb.equals("putting")) && !followedByAt(s, cue.last())) {
            return null;
        }
        List<Cue> cues = new ArrayList<>(List.of(cue(cue, CueKind.ATTRIBUTION)));
        List<Source> chain = new ArrayList<>();
        String rule;
        boolean participle = verb.endsWith("ing") && v > s.first() && doc.token(v - 1).text().equals(",");
        int[] subject = participle ? null : nounPhraseBefore(s, v);
        if (subject != null && subject[0] > s.first() && (doc.token(subject[0] - 1).isNumber()
                || doc.at(subject[0], Entry.PeopleNoun.class) != null && doc.at(subject[0] - 1, Entry.NumberWord.class) != null)) {
            return null;
        }
        if (subject != null) {
            add(chain, resolve(subject[0], subject[1]));
            rule = "attribution.speaker-verb";
        } else if (participle && !inSentence.isEmpty()) {
            chain.addAll(inSentence.get(inSentence.size() - 1).chain());
            rule = "attribution.participle";
        } else if (participle) {
            int[] main = firstNounPhrase(s);
            if (main == null) {
                return null;
            }
            add(chain, resolve(main[0], main[1]));
            rule = "attribution.participle";
        } else if (v > s.first() && (doc.token(v - 1).text().equals(",") || doc.token(v - 1).isPunct())) {
            int[] after = nounPhraseAfter(s, cue.last());
            if (after == null || after[1] < s.last() && !doc.token(after[1]).isPunct()) {
                return null;
            }
            add(chain, resolve(after[0], after[1]));
            rule = "attribution.verb-speaker";
        } else {
            return null;
        }
        if ((verb.equals("told") || verb.equals("tells") || verb.equals("telling")) && cue.last() < s.last()) {
            int[] object = nounPhraseAfter(s, cue.last());
            if (object != null) {
                Source outlet = resolve(object[0], object[1]);
                if (outlet != null && outlet.kind() == SourceKind.MEDIA) {
                    chain.add(0, outlet);
                    rule = "attribution.told-outlet";
                }
            }
        }
        if (chain.isEmpty()) {
            return null;
        }
        if (relay(s, cue.last(), chain, cues)) {
            rule += "-citing";
        }
        return new Attribution(v, chain, cues, rule);
    }

    /** "The figure came from John Kirby": the origin of a count stated just before. */
    private Attribution cameFrom(Sentence s, TokenTrie.Match cue) {
        int j = cue.first() - 1;
        if (j < s.first() || !REFERENCE_NOUNS.contains(doc.token(j).lower())) {
            return null;
        }
        int[] np = nounPhraseAfter(s, cue.last());
        Source source = np == null ? null : resolve(np[0], np[1]);
        return source == null ? null : new Attribution(cue.first(), List.of(source),
                List.of(cue(cue, CueKind.ATTRIBUTION)), "attribution.came-from");
    }

    private static final Set<String> REFERENCE_NOUNS = Set.of("figure", "figures", "toll", "number", "numbers", "estimate",
            "count", "tally", "data", "information");

    /** "UN data show", "figures from the health ministry showed": a document speaks for its maker. */
    private Attribution shownBy(Sentence s, TokenTrie.Match cue) {
        int[] subject = nounPhraseBefore(s, cue.first());
        if (subject == null) {
            return null;
        }
        Source source = resolve(subject[0], subject[1]);
        return source == null ? null : new Attribution(cue.first(), List.of(source),
                List.of(cue(cue, CueKind.ATTRIBUTION)), "attribution.document");
    }

    /** "Zelenskiy's own tally", "By his count": the owner of a count is its source. */
    private Attribution tally(Sentence s, TokenTrie.Match cue) {
        int j = cue.first() - 1;
        while (j >= s.first() && (doc.is(j, "own") || doc.is(j, "running") || doc.is(j, "latest") || doc.is(j, "official")
                || doc.is(j, "new") || doc.is(j, "updated"))) {
            j--;
        }
        List<Cue> cues = List.of(cue(cue, CueKind.ATTRIBUTION));
        int by = cue.last();
        if (by + 1 < s.last() && PARTICIPLES.contains(doc.token(by).lower()) && doc.is(by + 1, "by")) {
            int[] keeper = nounPhraseAfter(s, by + 2);
            Source source = keeper == null ? null : resolve(keeper[0], keeper[1]);
            return source == null ? null : new Attribution(cue.first(), List.of(source), cues, "attribution.kept-by");
        }
        if (j < s.first()) {
            return null;
        }
        if (doc.is(j, "'s")) {
            int[] owner = nounPhraseBefore(s, j);
            if (owner == null) {
                return null;
            }
            Source source = resolve(owner[0], owner[1]);
            return source == null ? null : new Attribution(cue.first(), List.of(source), cues, "attribution.tally");
        }
        if (doc.is(j, "his") || doc.is(j, "her") || doc.is(j, "their") || doc.is(j, "its")) {
            Source source = pronoun(doc.token(j).lower());
            return source == null ? null : new Attribution(cue.first(), List.of(source), cues, "attribution.tally");
        }
        return null;
    }

    /** "allegations that ...", "reports that ...": unnamed hearsay is the source. */
    private Attribution hearsay(TokenTrie.Match cue) {
        Span span = new Span(doc.token(cue.first()).start(), doc.token(cue.first()).end());
        String word = span.of(doc.text);
        Source source = new Source(word, word.toLowerCase(java.util.Locale.ROOT), SourceKind.UNNAMED, null, span);
        return new Attribution(cue.first(), List.of(source), List.of(cue(cue, CueKind.ATTRIBUTION)), "attribution.hearsay");
    }

    /** ", citing Y" or " citing information from Y" within a few tokens after {@code from}. */
    private boolean relay(Sentence s, int from, List<Source> chain, List<Cue> cues) {
        for (int j = from; j < Math.min(s.last(), from + 12); j++) {
            TokenTrie.Match m = doc.at(j, Entry.CueWord.class);
            if (m != null && ((Entry.CueWord) m.entry()).kind().equals("relay")) {
                int start = m.last();
                while (start < s.last() && RELAY_FILLER.contains(doc.token(start).lower())
                        && !(doc.token(start).capitalized() && !doc.is(start, "the") && !doc.is(start, "a"))) {
                    start++;
                }
                int[] np = nounPhraseAfter(s, start);
                if (np == null) {
                    return false;
                }
                cues.add(cue(m, CueKind.ATTRIBUTION));
                add(chain, resolve(np[0], np[1]));
                return true;
            }
            if (doc.token(j).text().equals(".") || doc.token(j).text().equals(";") || doc.token(j).isNumber()) {
                return false;
            }
        }
        return false;
    }

    private boolean followedByAt(Sentence s, int from) {
        for (int j = from; j < Math.min(s.last(), from + 14); j++) {
            if (doc.is(j, "at")) {
                return true;
            }
        }
        return false;
    }

    /** "Interfax reports ... according to X": the outlet relays the other sources of the sentence. */
    private List<Attribution> mergeOutlets(List<Attribution> found) {
        if (found.size() < 2) {
            return found;
        }
        Attribution outlet = null;
        for (Attribution a : found) {
            if (a.chain().get(0).kind() == SourceKind.MEDIA && a.chain().size() == 1) {
                outlet = a;
            }
        }
        if (outlet == null) {
            return found;
        }
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : found) {
            if (a == outlet) {
                continue;
            }
            List<Source> chain = new ArrayList<>(outlet.chain());
            chain.addAll(a.chain());
            List<Cue> cues = new ArrayList<>(outlet.cues());
            cues.addAll(a.cues());
            out.add(new Attribution(a.at(), chain, cues, "attribution.outlet-relays"));
        }
        return out;
    }

    private void add(List<Source> chain, Source source) {
        if (source == null) {
            return;
        }
        for (Source s : chain) {
            if (s.name().equalsIgnoreCase(source.name())) {
                return;
            }
        }
        chain.add(source);
    }

    /** Records relays and carries a known relay onto a one-link chain. */
    private void remember(List<Source> chain) {
        if (chain.isEmpty()) {
            return;
        }
        Source first = chain.get(0);
        if (chain.size() > 1) {
            relays.putIfAbsent(first.name(), chain.subList(1, chain.size()));
        }
        Source speaker = chain.get(chain.size() > 1 && first.kind() == SourceKind.MEDIA ? 1 : 0);
        if (speaker.kind() == SourceKind.PERSON) {
            lastPerson = speaker;
        } else if (speaker.kind() == SourceKind.ORGANIZATION || speaker.kind() == SourceKind.GOVERNMENT) {
            lastOrganization = speaker;
            lastOrganizationSentence = current;
        }
        lastSource = speaker;
    }

    /** The chain with the relay a source was said to pass on, where the chain gives no origin of its own. */
    private List<Source> withRelay(List<Source> chain) {
        if (chain.size() != 1) {
            return chain;
        }
        List<Source> origin = relays.get(chain.get(0).name());
        if (origin == null) {
            return chain;
        }
        List<Source> out = new ArrayList<>(chain);
        out.addAll(origin);
        return out;
    }

    // ---- noun phrases ----

    /** The subject before a verb: back over auxiliaries, then a run of words up to a boundary. */
    private int[] nounPhraseBefore(Sentence s, int verb) {
        int end = verb;
        int rel = verb - 1;
        while (rel > s.first() && AUX.contains(doc.token(rel).lower())) {
            rel--;
        }
        if (rel > s.first() && (doc.is(rel, "which") || doc.isWho(rel)) && doc.token(rel - 1).text().equals(",")) {
            return nounPhraseBefore(s, rel - 1);
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            while (end - 1 >= s.first() && AUX.contains(doc.token(end - 1).lower()) && !doc.token(end - 1).capitalized()) {
                end--;
                moved = true;
            }
            // "released in December", "on Monday": a time adjunct and a participle stand between subject and verb
            if (end - 2 >= s.first() && TIME_PREPOSITIONS.contains(doc.token(end - 2).lower())
                    && (Entities.NEVER_NAMES.contains(doc.token(end - 1).lower()) || TIME_NOUNS.contains(doc.token(end - 1).lower()))) {
                end -= 2;
                moved = true;
            }
            if (end - 1 > s.first() && PARTICIPLES.contains(doc.token(end - 1).lower())) {
                end--;
                moved = true;
            }
        }
        int start = end;
        if (start - 1 > s.first() && doc.token(start - 1).text().equals(")")) {
            // "South Korea's National Intelligence Service (NIS), which": step over the parenthesis
            int open = start - 2;
            while (open > s.first() && !doc.token(open).text().equals("(") && start - open < 6) {
                open--;
            }
            if (doc.token(open).text().equals("(")) {
                end = open;
                start = open;
            }
        }
        while (start - 1 >= s.first() && end - start < 9) {
            Token t = doc.token(start - 1);
            if (t.isPunct() && !t.text().equals("-") && !t.text().equals(".")) {
                break;
            }
            if (t.isNumber() || t.isWord() && !t.capitalized() && NP_STOP.contains(t.lower()) && !t.is("the")
                    && !t.is("a") && !t.is("an") && !connects(start - 1)) {
                break;
            }
            start--;
        }
        if (start == end) {
            // "the head of the mission, Matilda Bogner, told": a name between the commas is the speaker;
            // "The directorate, known as HUR, said": otherwise skip back over the appositive to the subject before it
            if (end - 1 >= s.first() && doc.token(end - 1).text().equals(",")) {
                int open = previousComma(s, end - 1);
                if (open >= s.first() && open + 1 < end - 1 && allNames(open + 1, end - 1)) {
                    return new int[] {open + 1, end - 1};
                }
                if (open > s.first()) {
                    return nounPhraseBefore(s, open);
                }
            }
            return null;
        }
        return trim(start, end);
    }

    /** "claimed 27,000 lives", "claimed the lives of", "claimed responsibility": to claim a thing is not to speak. */
    static boolean claimsAThing(Document doc, int next, Sentence s) {
        if (next >= s.last()) {
            return false;
        }
        Token t = doc.token(next);
        return t.isNumber() || doc.at(next, Entry.NumberWord.class) != null || doc.at(next, Entry.Bound.class) != null
                || t.is("lives") || t.is("responsibility") || t.is("victory") || t.is("control")
                || t.is("the") && (doc.is(next + 1, "lives") || doc.is(next + 1, "life"));
    }

    /** "neither country has confirmed", "did not say": no attribution. */
    private boolean negated(Sentence s, int v) {
        for (int k = v - 1; k >= Math.max(s.first(), v - 4); k--) {
            if (doc.is(k, "not") || doc.is(k, "neither") || doc.is(k, "never") || doc.is(k, "n't") || doc.is(k, "nor")) {
                return true;
            }
        }
        return false;
    }

    private boolean allNameTokens(int first, int last) {
        for (int k = first; k < last; k++) {
            if (!doc.token(k).nameLike() || Entities.isOrgHead(doc, k)) {
                return false;
            }
        }
        return true;
    }

    private boolean allNames(int first, int last) {
        for (int k = first; k < last; k++) {
            if (!doc.token(k).nameLike() || doc.at(k, Entry.CountryName.class) != null) {
                return false;
            }
        }
        return last - first <= 4;
    }

    private int previousComma(Sentence s, int comma) {
        for (int k = comma - 1; k > Math.max(s.first(), comma - 16); k--) {
            if (doc.token(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    private int[] nounPhraseAfter(Sentence s, int from) {
        int start = from;
        while (start < s.last() && (doc.token(start).text().equals(",") || doc.token(start).text().equals("\u201c"))) {
            start++;
        }
        if (start < s.last() && isCountWord(start)) {
            // "figures released on Tuesday by Iran's Health Ministry"
            for (int k = start; k < Math.min(s.last(), start + 8); k++) {
                if (doc.is(k, "by") || doc.is(k, "from")) {
                    start = k + 1;
                    break;
                }
            }
        } else {
            // "an official bulletin issued by Dmitry Gendelman", "a count kept by the BBC"
            for (int k = start + 1; k < Math.min(s.last(), start + 6); k++) {
                if (doc.is(k, "by") && (PARTICIPLES.contains(doc.token(k - 1).lower()) || doc.is(k - 1, "kept"))) {
                    start = k + 1;
                    break;
                }
                if (doc.token(k).isPunct()) {
                    break;
                }
            }
        }
        int end = start;
        while (end < s.last() && end - start < 10) {
            Token t = doc.token(end);
            boolean abbreviation = t.text().equals(".") && end > start && Entities.titleAt(doc, end - 1)
                    && SentenceSplitter.ABBREVIATIONS.contains(doc.token(end - 1).lower());
            if (t.isPunct() && !t.text().equals("-") && !(t.text().equals("(") || t.text().equals(")")) && !abbreviation) {
                break;
            }
            if (t.isNumber() || end > start && !t.capitalized() && NP_STOP.contains(t.lower()) && !connects(end)) {
                break;
            }
            if (end > start && t.isWord() && !t.capitalized() && t.lower().endsWith("ed") && doc.token(end - 1).nameLike()
                    || end > start && t.isPunct() && t.text().equals(")") && end + 1 < s.last() && doc.token(end + 1).isWord()
                       && !doc.token(end + 1).capitalized()) {
                end += t.isPunct() ? 1 : 0;
                break;
            }
            end++;
        }
        if (end > start && doc.token(end - 1).text().equals(")")) {
            int open = end - 1;
            while (open > start && !doc.token(open).text().equals("(")) {
                open--;
            }
            end = open > start ? open : end - 1;   // "the Observatory (SOHR)": the name without its abbreviation
        }
        while (end > start && doc.token(end - 1).text().equals("(")) {
            end--;
        }
        return end > start ? trim(start, end) : null;
    }

    private boolean connects(int j) {
        if (!(doc.is(j, "in") || doc.is(j, "of")) || j + 1 >= doc.tokens.size()) {
            return false;
        }
        int k = doc.is(j + 1, "the") ? j + 2 : j + 1;
        return k < doc.tokens.size() && doc.token(k).capitalized();
    }

    /** "figures released by", "a tally by AFP", "data from the UN": a count whose maker follows. */
    private boolean isCountWord(int j) {
        int k = doc.is(j, "a") || doc.is(j, "an") || doc.is(j, "the") ? j + 1 : j;
        while (k < doc.tokens.size() && k < j + 3 && !COUNT_NOUNS.contains(doc.token(k).lower()) && doc.token(k).isWord()
                && !doc.token(k).capitalized()) {
            k++;   // "a running tally", "the latest figures"
        }
        return k < doc.tokens.size() && (COUNT_NOUNS.contains(doc.token(k).lower()) || doc.is(k, "statistics"));
    }

    /** The sentence's first noun phrase: the subject of a participle clause ("Seoul ..., saying ..."). */
    private int[] firstNounPhrase(Sentence s) {
        int end = s.first();
        while (end < s.last() && (doc.token(end).isWord() && (doc.token(end).capitalized() || doc.is(end, "'s")
                || doc.is(end, "the")))) {
            end++;
        }
        return end > s.first() ? trim(s.first(), end) : null;
    }

    private int[] trim(int start, int end) {
        while (start < end && (doc.is(start, "the") || doc.is(start, "a") || doc.is(start, "an") || doc.is(start, "and")
                || doc.is(start, "where") || doc.is(start, "when") || doc.is(start, "as") || doc.is(start, "which")
                || doc.isWho(start) || doc.is(start, "that") || doc.is(start, "while") || doc.is(start, "but")
                || doc.token(start).text().equals("\u201c") || doc.token(start).text().equals("\""))) {
            start++;
        }
        return start < end ? new int[] {start, end} : null;
    }

    // ---- resolving a noun phrase to a source ----

    private Source resolve(int first, int last) {
        String text = doc.text(first, last);
        Span span = new Span(doc.token(first).start(), doc.token(last - 1).end());
        if (last - first == 1 && PRONOUNS.contains(doc.token(first).lower())) {
            Source local = antecedent(first);
            if (local != null) {
                return new Source(text, local.name(), local.kind(), local.country(), span);
            }
            Source s = pronoun(doc.token(first).lower());
            return s == null ? null : new Source(text, s.name(), s.kind(), s.country(), span);
        }
        for (int k = first; k < last; k++) {
            TokenTrie.Match m = doc.at(k, Entry.SourceWord.class);
            if (m != null && ((Entry.SourceWord) m.entry()).kind().equals("media")) {
                int end = m.last();
                while (end < last && (doc.token(end).capitalized() || doc.is(end, "news") || doc.is(end, "agency")
                        || doc.is(end, "service"))) {
                    end++;
                }
                return new Source(text, doc.text(k, end), SourceKind.MEDIA, null, span);
            }
        }
        if (COUNT_NOUNS.contains(doc.token(last - 1).lower()) && lastNameRun(first, last) == null && countryIn(first, last) != null) {
            String code = countryIn(first, last);
            return new Source(text, gazetteer.countryName(code), SourceKind.GOVERNMENT, code, span);
        }
        if (COUNT_NOUNS.contains(doc.token(last - 1).lower()) && lastNameRun(first, last) == null && lastSource != null) {
            return new Source(text, lastSource.name(), lastSource.kind(), lastSource.country(), span);
        }
        int[] name = lastNameRun(first, last);
        String country = countryIn(first, last);
        if (name != null) {
            String written = doc.text(name[0], name[1]);
            String full = entities.fullest(written);
            boolean org = entities.isOrganization(full) || Entities.isOrgHead(doc, name[1] - 1)
                    || doc.token(name[0]).allCaps();
            if (!org && name[0] > first && doc.is(name[0] - 1, "'s") && countryAt(name[0] - 2) != null) {
                org = false;
            }
            org |= full.indexOf(' ') < 0 && full.indexOf('-') < 0;   // "Hamas", "the Pentagon": one word, never a full name
            return new Source(text, full, org ? SourceKind.ORGANIZATION : SourceKind.PERSON, country, span);
        }
        Source described = describer(first, last, text, span, country);
        if (described != null) {
            return described;
        }
        if (country != null && governmentOnly(first, last)) {
            return new Source(text, gazetteer.countryName(country), SourceKind.GOVERNMENT, country, span);
        }
        SourceKind kind = unnamed(first, last) ? SourceKind.UNNAMED
                : Entities.isOrgHead(doc, last - 1) ? SourceKind.ORGANIZATION : SourceKind.UNNAMED;
        return new Source(text, stripped(first, last), kind, country, span);
    }

    /** "a briefing that South Korea's spy agency gave, in which it said": a body named earlier in the sentence. */
    private Source antecedent(int pronoun) {
        String word = doc.token(pronoun).lower();
        if (!word.equals("it") && !word.equals("its")) {
            return null;
        }
        Sentence s = doc.sentenceOf(pronoun);
        for (int k = pronoun - 1; k > s.first(); k--) {
            for (TokenTrie.Match m : doc.matches.get(k)) {
                if (m.last() <= pronoun && m.entry() instanceof Entry.SourceWord w && w.kind().equals("describer")
                        && !Entities.PERSON_GROUPS.contains(w.group())) {
                    int from = k;
                    for (int longer = k - 1; longer >= Math.max(s.first(), k - 2); longer--) {
                        for (TokenTrie.Match l : doc.matches.get(longer)) {
                            if (l.last() == m.last() && l.entry() instanceof Entry.SourceWord lw && lw.kind().equals("describer")) {
                                from = longer;
                            }
                        }
                    }
                    while (from - 1 >= s.first() && (doc.token(from - 1).nameLike() || doc.is(from - 1, "'s"))) {
                        from--;
                    }
                    return resolve(from, m.last());
                }
            }
        }
        return null;
    }

    private Source pronoun(String word) {
        return switch (word) {
            case "he", "she", "his", "her", "him" -> lastPerson != null ? lastPerson : lastSource;
            case "it", "its" -> lastOrganization != null ? lastOrganization : lastSource;
            default -> lastSource;
        };
    }

    /** The last run of capitalised words in the phrase that is a name, not a country, a demonym or a title. */
    private int[] lastNameRun(int first, int last) {
        int[] best = null;
        int k = first;
        while (k < last) {
            Token t = doc.token(k);
            TokenTrie.Match country = doc.at(k, Entry.CountryName.class);
            if (country != null && country.last() <= last && (country.last() == last || !doc.token(country.last()).capitalized()
                    || doc.is(country.last(), "'s"))) {
                k = country.last();
                continue;
            }
            TokenTrie.Match place = doc.at(k, Entry.PlaceName.class);
            if (place != null && place.last() <= last && !Entities.isOrgHead(doc, place.last() - 1)
                    && (place.last() == last || !doc.token(place.last()).capitalized())) {
                k = place.last();
                continue;
            }
            if (t.capitalized() && !Entities.titleAt(doc, k) && !Entities.NEVER_NAMES.contains(t.lower())
                    && !t.lower().endsWith("-based") && !t.lower().endsWith("-run") && !t.lower().endsWith("-led")
                    && !t.lower().endsWith("-backed") && !t.lower().endsWith("-held")
                    && !(k == first && Entities.FUNCTION_WORDS.contains(t.lower()))) {
                int end = k + 1;
                while (end < last && (doc.token(end).nameLike() || (doc.is(end, "of") || doc.is(end, "for")
                        || doc.is(end, "in")) && end + 1 < last && doc.token(end + 1).capitalized())) {
                    end++;
                }
                int run = k;
                for (int h = k; h < end - 2; h++) {
                    if (Entities.isOrgHead(doc, h) && allNameTokens(h + 1, end)) {
                        run = h + 1;
                    }
                }
                while (run < end - 1 && (Entities.titleAt(doc, run) || doc.at(run, Entry.CountryName.class) != null
                        && doc.at(run, Entry.CountryName.class).last() < end)) {
                    TokenTrie.Match c = doc.at(run, Entry.CountryName.class);
                    run = c != null && !Entities.titleAt(doc, run) ? c.last() : run + 1;
                }
                boolean commonOpener = end - run == 1 && doc.sentenceOf(run).first() == run && !doc.token(run).allCaps()
                        && !entities.capitalizedElsewhere(doc.token(run).text())
                        && (entities.lowercaseElsewhere(doc.token(run).lower()) || OPENERS.contains(doc.token(run).lower()));
                if (!commonOpener && (end - run > 1 || doc.token(run).allCaps() || !Entities.sourceWord(doc, run, "unnamed"))) {
                    int tail = end;
                    while (tail < last && doc.token(tail).isWord() && !doc.token(tail).capitalized()
                            && !NP_STOP.contains(doc.token(tail).lower())) {
                        tail++;
                    }
                    boolean body = doc.token(run).allCaps() && tail == last && tail > end && Entities.isOrgHead(doc, last - 1);
                    best = new int[] {run, body ? last : end};
                }
                k = end;
                continue;
            }
            k++;
        }
        return best;
    }

    private Source describer(int first, int last, String text, Span span, String country) {
        TokenTrie.Match best = null;
        for (int k = first; k < last; k++) {
            if (k > first && (doc.is(k, "of") || doc.is(k, "in") || doc.is(k, "for") || doc.is(k, "at") || doc.is(k, "from"))) {
                if (best == null && PERSON_HEADS.contains(doc.token(k - 1).lower())) {
                    return null;
                }
                break;
            }
            for (TokenTrie.Match m : doc.matches.get(k)) {
                if (m.entry() instanceof Entry.SourceWord w && w.kind().equals("describer") && m.last() <= last
                        && (best == null || m.last() > best.last() || m.length() > best.length())) {
                    best = m;
                }
            }
        }
        if (best == null) {
            return null;
        }
        String group = ((Entry.SourceWord) best.entry()).group();
        if (Entities.PERSON_GROUPS.contains(group) && doc.token(best.last() - 1).lower().endsWith("s")
                || best.last() < last) {
            return null;   // "lawmakers" are several people; "the headquarters for prisoners of war" names itself
        }
        boolean definite = doc.is(first - 1, "the") || doc.is(first, "the") || doc.text(first, last).contains("'s")
                || doc.is(first - 1, "its") || doc.is(first - 1, "their");
        String name = entities.described(group, Entities.modifier(doc, best.first(), first));
        if (name == null && (group.equals("agency") || group.equals("ministry") || group.equals("monitor")
                || group.equals("group") || group.equals("mission") || group.equals("headquarters"))) {
            boolean recent = lastOrganization != null && current - lastOrganizationSentence <= 2;
            name = !definite ? null : recent ? lastOrganization.name() : entities.lastOrganizationBefore(first);
        }
        if (name == null && (group.equals("legislator") || group.equals("spokesperson") || group.equals("president")
                || group.equals("minister"))) {
            name = lastPerson != null && text.toLowerCase(java.util.Locale.ROOT).startsWith("the") ? lastPerson.name() : null;
        }
        if (name == null) {
            return null;
        }
        boolean person = group.equals("legislator") || group.equals("spokesperson") || group.equals("president")
                || group.equals("minister");
        return new Source(text, name, person ? SourceKind.PERSON : SourceKind.ORGANIZATION, country, span);
    }

    private String countryIn(int first, int last) {
        for (int k = first; k < last; k++) {
            TokenTrie.Match m = doc.at(k, Entry.CountryName.class);
            if (m != null) {
                return ((Entry.CountryName) m.entry()).code();
            }
        }
        return null;
    }

    private TokenTrie.Match countryAt(int k) {
        return k >= 0 ? doc.at(k, Entry.CountryName.class) : null;
    }

    /** "Seoul", "South Korea's government", "the Israeli government": the state itself. */
    private boolean governmentOnly(int first, int last) {
        for (int k = first; k < last; k++) {
            TokenTrie.Match m = doc.at(k, Entry.CountryName.class);
            if (m != null) {
                k = m.last() - 1;
                continue;
            }
            if (!(doc.is(k, "'s") || doc.is(k, "government") || doc.is(k, "administration"))) {
                return false;
            }
        }
        return true;
    }

    private boolean unnamed(int first, int last) {
        return Entities.sourceWord(doc, last - 1, "unnamed");
    }

    private String stripped(int first, int last) {
        while (first < last && (doc.is(first, "its") || doc.is(first, "their") || doc.is(first, "his")
                || doc.is(first, "her") || doc.is(first, "some") || doc.is(first, "the")
                || COUNT_NOUNS.contains(doc.token(first).lower()) && first + 1 < last
                || (doc.is(first, "from") || doc.is(first, "by") || doc.is(first, "of")) && first > 0
                   && COUNT_NOUNS.contains(doc.token(first - 1).lower()))) {
            first++;
        }
        return doc.text(first, last);
    }

    private Cue cue(TokenTrie.Match m, CueKind kind) {
        Span span = new Span(doc.token(m.first()).start(), doc.token(m.last() - 1).end());
        return new Cue(span.of(doc.text), kind, span);
    }
}
