package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names an article gives: people ("Lee Seong-kweun") and organisations ("National Intelligence Service"), their
 * acronyms ("NIS"), and the describing nouns written beside a person's name ("the South Korean legislator Lee
 * Seong-kweun"), so that a later "the lawmaker", "Lee" or "the spy agency" resolves to the fullest name.
 */
final class Entities {
    static final Set<String> FUNCTION_WORDS = Set.copyOf(java.util.List.of("the", "a", "an", "in", "on", "at", "by", "as", "but", "and", "or",
            "of", "for", "to", "with", "from", "after", "before", "since", "when", "while", "if", "although", "though",
            "according", "over", "under", "during", "his", "her", "its", "their", "our", "this", "that", "these", "those",
            "it", "he", "she", "they", "we", "there", "some", "all", "both", "neither", "another", "back", "across", "tragically",
            "separately", "meanwhile", "yet", "so", "also", "despite", "writing", "going", "applying", "by", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later", "last", "on", "figures", "children",
            "close", "around", "about", "more", "most", "one", "two", "three", "several", "thousands", "hundreds", "dozens", "at"));
    private static final Set<String> CONNECTORS = Set.copyOf(java.util.List.of("of", "for", "in", "and", "al", "bin", "de", "la", "du", "van", "von"));

    /** A name the article gives, whether it names a body, where it first stands, and its words. */
    record Entity(String name, boolean organization, int at, Set<String> words) {
        Entity(String name, boolean organization, int at) {
            this(name, organization, at, Entities.words(name));
        }
    }

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, String> acronyms = new HashMap<>();
    private final Map<String, String> describedAs = new HashMap<>();
    private final Map<String, String> modifiers = new HashMap<>();
    private final Set<String> midSentenceCapitals = new java.util.HashSet<>();
    private final Set<String> lowercaseWords = new java.util.HashSet<>();

    Entities(Document doc) {
        for (Sentence s : doc.sentences) {
            scan(doc, s);
        }
    }

    private void scan(Document doc, Sentence s) {
        for (int k = s.first() + 1; k < s.last(); k++) {
            Token t = doc.token(k);
            if (t.capitalized()) {
                midSentenceCapitals.add(t.text());
            } else if (t.isWord()) {
                lowercaseWords.add(t.text());
            }
        }
        int j = s.first();
        while (j < s.last()) {
            int end = run(doc, s, j);
            if (end > j) {
                record(doc, s, j, end);
                j = end;
            } else {
                j++;
            }
        }
    }

    /** The end of a run of capitalised words starting at j (with inner connectors), or j when none starts there. */
    private static int run(Document doc, Sentence s, int j) {
        Token t = doc.token(j);
        if (!t.capitalized() || j == s.first() && FUNCTION_WORDS.contains(t.lower())) {
            return j;
        }
        int k = j + 1;
        while (k < s.last()) {
            Token u = doc.token(k);
            if (NEVER_NAMES.contains(u.lower())) {
                break;
            }
            if (u.nameLike()) {
                k++;
            } else if (CONNECTORS.contains(u.lower()) && k + 1 < s.last() && doc.token(k + 1).capitalized()
                    && !u.is("and")) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    private void record(Document doc, Sentence s, int first, int last) {
        // drop leading titles and demonyms: "Ukrainian President Volodymyr Zelensky" -> "Volodymyr Zelensky"
        int f = first;
        while (f < last && (titleAt(doc, f) || countryAt(doc, f) && f + 1 < last && !isOrgHead(doc, f + 1))) {
            TokenTrie.Match m = doc.at(f, Entry.CountryName.class);
            f = m != null && !titleAt(doc, f) ? m.last() : f + 1;
        }
        if (f >= last) {
            return;
        }
        boolean org = false;
        for (int k = f; k < last; k++) {
            org |= isOrgHead(doc, k) || doc.at(k, Entry.SourceWord.class) != null
                    && ((Entry.SourceWord) doc.at(k, Entry.SourceWord.class).entry()).kind().equals("media");
        }
        String name = doc.text(f, last);
        TokenTrie.Match country = doc.at(f, Entry.CountryName.class);
        if (country != null && country.last() >= last) {
            return;
        }
        boolean acronym = last - f == 1 && doc.token(f).allCaps();
        boolean abbreviated = last + 2 < s.last() && doc.token(last).text().equals("(") && doc.token(last + 1).allCaps();
        org |= abbreviated;
        if (!org && !acronym && last - f < 2) {
            return;
        }
        entities.add(new Entity(name, org || acronym, f));
        if (abbreviated) {
            acronyms.put(doc.token(last + 1).text(), name);
        }
        if (org) {
            acronyms.putIfAbsent(initials(doc, f, last), name);
        } else {
            linkDescriber(doc, s, f, name);
        }
    }

    private static String initials(Document doc, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k < last; k++) {
            if (doc.token(k).capitalized()) {
                b.append(doc.token(k).text().charAt(0));
            }
        }
        return b.toString();
    }

    /** Describing nouns of people; the other groups describe bodies and resolve by the words of their names. */
    static final Set<String> PERSON_GROUPS = Set.of("legislator", "spokesperson", "president", "minister");
    private static final Map<String, Set<String>> GROUP_WORDS = Map.of(
            "intelligence", Set.of("intelligence"), "agency", Set.of("agency"), "ministry", Set.of("ministry"),
            "health ministry", Set.of("health"), "monitor", Set.of("observatory", "monitor", "monitoring"),
            "mission", Set.of("mission"), "headquarters", Set.of("headquarters"),
            "military", Set.of("military", "army", "armed", "defence", "defense", "forces"));

    /** "legislator Lee Seong-kweun", "spokesman Ashraf al-Qedra", "Andriy Yusov, a spokesman for the directorate". */
    private void linkDescriber(Document doc, Sentence s, int nameStart, String name) {
        for (int k = nameStart - 1; k >= Math.max(s.first(), nameStart - 7); k--) {
            String group = personGroup(doc, k);
            if (group != null) {
                link(group, modifier(doc, k, s.first()), name);
                return;
            }
            if (doc.token(k).isPunct() && !doc.token(k).text().equals(",")) {
                break;
            }
        }
        int k = nameStart + 1;
        while (k < s.last() && doc.token(k).nameLike()) {
            k++;
        }
        if (k + 1 < s.last() && doc.token(k).text().equals(",")) {
            int d = k + 1;
            while (d < s.last() && (doc.is(d, "a") || doc.is(d, "an") || doc.is(d, "the") || doc.token(d).capitalized())
                    && d < k + 4) {
                d++;
            }
            String group = d < s.last() ? personGroup(doc, d) : null;
            if (group != null) {
                link(group, modifier(doc, d, k + 1), name);
            }
        }
    }

    private void link(String group, String modifier, String name) {
        if (modifier != null) {
            describedAs.putIfAbsent(modifier + " " + group, name);
        }
        if (describedAs.putIfAbsent(group, name) == null && modifier != null) {
            modifiers.put(group, modifier);
        }
    }

    /** The word qualifying a describing noun ("health" in "the health minister"), or null. */
    static String modifier(Document doc, int describer, int floor) {
        int k = describer - 1;
        if (k < floor) {
            return null;
        }
        Token t = doc.token(k);
        if (!t.isWord() || t.is("the") || t.is("a") || t.is("an") || t.is("'s") || t.is("its") || t.is("their")
                || doc.at(k, Entry.CountryName.class) != null || Entities.FUNCTION_WORDS.contains(t.lower())) {
            return null;
        }
        return t.lower();
    }

    private static String personGroup(Document doc, int k) {
        for (TokenTrie.Match m : doc.matches.get(k)) {
            if (m.entry() instanceof Entry.SourceWord w && w.kind().equals("describer") && PERSON_GROUPS.contains(w.group())) {
                return w.group();
            }
        }
        return null;
    }

    static boolean titleAt(Document doc, int k) {
        return sourceWord(doc, k, "title");
    }

    /** A source word of the given kind starts at token k. */
    static boolean sourceWord(Document doc, int k, String kind) {
        for (TokenTrie.Match m : doc.matches.get(k)) {
            if (m.entry() instanceof Entry.SourceWord w && w.kind().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Days, months and other capitalised words that never name a source. */
    static final Set<String> NEVER_NAMES = Set.copyOf(java.util.List.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "christmas", "easter", "ramadan", "eid"));

    private static boolean countryAt(Document doc, int k) {
        return doc.at(k, Entry.CountryName.class) != null;
    }

    static boolean isOrgHead(Document doc, int k) {
        for (TokenTrie.Match m : doc.matches.get(k)) {
            if (m.entry() instanceof Entry.SourceWord w && w.kind().equals("orghead")) {
                return true;
            }
        }
        return false;
    }

    /** The fullest name the article gives that contains every word of {@code name} ("Lee" → "Lee Seong-kweun"). */
    String fullest(String name) {
        String expanded = acronyms.get(name);
        if (expanded != null) {
            return expanded;
        }
        Set<String> words = words(name);
        String best = name;
        for (Entity e : entities) {
            if (e.name().length() > best.length() && e.words().containsAll(words)) {
                best = e.name();
            }
        }
        return best;
    }

    /** The person or body the article names beside a describing noun of this group, or null. */
    String described(String group) {
        return described(group, null);
    }

    /**
     * As {@link #described(String)}, for a describing noun with a qualifier ("the health minister"): a person linked
     * with another qualifier ("information minister") is someone else.
     */
    String described(String group, String modifier) {
        String name = modifier != null ? describedAs.get(modifier + " " + group) : null;
        if (name == null) {
            String linkedModifier = modifiers.get(group);
            name = modifier == null || linkedModifier == null || linkedModifier.equals(modifier) ? describedAs.get(group) : null;
            if (name == null && PERSON_GROUPS.contains(group) && describedAs.containsKey(group)) {
                return null;
            }
        }
        if (name != null) {
            return fullest(name);
        }
        Set<String> wanted = GROUP_WORDS.get(group);
        if (wanted == null) {
            return null;
        }
        String best = null;
        for (Entity e : entities) {
            if (e.organization() && e.words().stream().anyMatch(wanted::contains)
                    && (best == null || e.name().length() > best.length())) {
                best = e.name();
            }
        }
        return best == null ? null : fullest(best);
    }

    /** The word is written in lower case somewhere in the article: a common word, whatever opens a sentence. */
    boolean lowercaseElsewhere(String lower) {
        return lowercaseWords.contains(lower);
    }

    /** The word is written capitalised somewhere other than at a sentence's start: a name, not "Local" or "Officials". */
    boolean capitalizedElsewhere(String word) {
        return midSentenceCapitals.contains(word);
    }

    /** The organisation named last before a token: what "the group" or "the agency" most likely refers to. */
    String lastOrganizationBefore(int token) {
        String found = null;
        for (Entity e : entities) {
            if (e.at() >= token) {
                break;
            }
            if (e.organization()) {
                found = e.name();
            }
        }
        return found == null ? null : fullest(found);
    }

    boolean isOrganization(String name) {
        for (Entity e : entities) {
            if (e.name().equals(name)) {
                return e.organization();
            }
        }
        return false;
    }

    /** The lower-cased words of a name, without "the" and a possessive "s"; letters, digits and hyphens only. */
    static Set<String> words(String name) {
        Set<String> out = new java.util.HashSet<>();
        StringBuilder word = new StringBuilder();
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '-') {
                word.append(c);
            } else if (word.length() > 0) {
                String w = word.toString();
                if (!w.equals("the") && !w.equals("s")) {
                    out.add(w);
                }
                word.setLength(0);
            }
        }
        return out;
    }
}
