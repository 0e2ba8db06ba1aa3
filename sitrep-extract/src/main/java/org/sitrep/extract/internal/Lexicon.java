package org.sitrep.extract.internal;

import java.util.List;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;

/**
 * Every word list the pipeline reads (the TSVs under {@code lexicon/}) and the gazetteer, compiled into one
 * {@link TokenTrie}. Built once per {@code Extractor}; immutable afterwards.
 */
public final class Lexicon {
    private static final String DIR = "/org/sitrep/extract/lexicon/";

    private final TokenTrie trie;
    private final Gazetteer gazetteer;

    private Lexicon(TokenTrie trie, Gazetteer gazetteer) {
        this.trie = trie;
        this.gazetteer = gazetteer;
    }

    public static Lexicon load() {
        TokenTrie trie = new TokenTrie();
        Tsv numbers = Tsv.load(DIR + "numbers.tsv");
        for (String[] row : numbers.rows()) {
            String high = numbers.get(row, "high");
            trie.add(numbers.get(row, "phrase"), new Entry.NumberWord(numbers.get(row, "kind"),
                    Long.parseLong(numbers.get(row, "low")), high.isEmpty() ? null : Long.valueOf(high),
                    Boolean.parseBoolean(numbers.get(row, "approx"))), false);
        }
        Tsv bounds = Tsv.load(DIR + "bounds.tsv");
        for (String[] row : bounds.rows()) {
            trie.add(bounds.get(row, "phrase"), new Entry.Bound(bounds.get(row, "position").equals("pre"),
                    bounds.get(row, "effect")), false);
        }
        Tsv measures = Tsv.load(DIR + "measures.tsv");
        for (String[] row : measures.rows()) {
            trie.add(measures.get(row, "phrase"), new Entry.MeasureCue(Measure.fromWire(measures.get(row, "measure")),
                    measures.get(row, "position")), false);
        }
        Tsv people = Tsv.load(DIR + "people.tsv");
        for (String[] row : people.rows()) {
            String measure = people.get(row, "measure");
            trie.add(people.get(row, "phrase"), new Entry.PeopleNoun(Role.fromWire(people.get(row, "role")),
                    measure.isEmpty() ? null : Measure.fromWire(measure)), false);
        }
        Tsv cues = Tsv.load(DIR + "cues.tsv");
        for (String[] row : cues.rows()) {
            trie.add(cues.get(row, "phrase"), new Entry.CueWord(cues.get(row, "kind")), false);
        }
        Tsv sources = Tsv.load(DIR + "sources.tsv");
        for (String[] row : sources.rows()) {
            String kind = sources.get(row, "kind");
            boolean caseSensitive = kind.equals("media");
            trie.add(sources.get(row, "phrase"), new Entry.SourceWord(kind, sources.get(row, "class")), caseSensitive);
        }
        Gazetteer gazetteer = Gazetteer.load(trie, Gazetteer.read());
        return new Lexicon(trie, gazetteer);
    }

    public List<List<TokenTrie.Match>> match(List<Token> tokens) {
        return trie.matchAll(tokens);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
