package org.sitrep.extract.internal;

import java.util.List;
import org.sitrep.core.Article;

/**
 * One article as the stages see it: its tokens, the automaton's matches at each token, and its sentences.
 * Per-article state; never shared between threads.
 */
public final class Document {
    final Article article;
    final String text;
    final List<Token> tokens;
    final List<List<TokenTrie.Match>> matches;
    final List<Sentence> sentences;
    final int bodyStart;

    Document(Article article, List<Token> tokens, List<List<TokenTrie.Match>> matches, List<Sentence> sentences, int bodyStart) {
        this.article = article;
        this.text = article.text();
        this.tokens = tokens;
        this.matches = matches;
        this.sentences = sentences;
        this.bodyStart = bodyStart;
    }

    public static Document read(Article article, Lexicon lexicon) {
        List<Token> tokens = Tokenizer.tokenize(article.text());
        int bodyStart = Dateline.end(tokens);
        List<Sentence> sentences = SentenceSplitter.split(tokens, bodyStart);
        return new Document(article, tokens, lexicon.match(tokens), sentences, bodyStart);
    }

    Token token(int i) {
        return tokens.get(i);
    }

    boolean is(int i, String lower) {
        return i >= 0 && i < tokens.size() && tokens.get(i).lower().equals(lower);
    }

    /** The pronoun "who", not "WHO", the World Health Organization's acronym ("the WHO said"). */
    boolean isWho(int i) {
        return is(i, "who") && !tokens.get(i).allCaps();
    }

    /** The longest match of the given kind starting at token i, or null. */
    <T extends Entry> TokenTrie.Match at(int i, Class<T> kind) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        for (TokenTrie.Match m : matches.get(i)) {
            if (kind.isInstance(m.entry())) {
                return m;
            }
        }
        return null;
    }

    /** A match of the given kind that ends exactly before token {@code end} and starts at or after {@code floor}. */
    <T extends Entry> TokenTrie.Match endingAt(int end, int floor, Class<T> kind) {
        for (int start = end - 1; start >= Math.max(floor, end - 6); start--) {
            for (TokenTrie.Match m : matches.get(start)) {
                if (m.last() == end && kind.isInstance(m.entry())) {
                    return m;
                }
            }
        }
        return null;
    }

    /** "Ahmed Salem", "Israel Katz": a place name that is part of a longer run of capitalised words naming a person. */
    boolean insideName(TokenTrie.Match place) {
        boolean before = place.first() > 0 && tokens.get(place.first() - 1).nameLike()
                && tokens.get(place.first() - 1).breakBefore() == 0 && !isSentenceStart(place.first() - 1)
                && at(place.first() - 1, Entry.CountryName.class) == null && at(place.first() - 1, Entry.PlaceName.class) == null;
        boolean after = place.last() < tokens.size() && tokens.get(place.last()).nameLike()
                && at(place.last(), Entry.PlaceName.class) == null && at(place.last(), Entry.SourceWord.class) == null
                && at(place.last(), Entry.CountryName.class) == null;
        return before || after;
    }

    private boolean isSentenceStart(int token) {
        Sentence s = sentenceOf(token);
        return s != null && s.first() == token;
    }

    /** "a monitor based in Britain": a place that locates a source, not an event. */
    boolean baseMention(int first) {
        return first >= 2 && is(first - 1, "in") && (is(first - 2, "based") || is(first - 2, "headquartered"));
    }

    private static final java.util.Set<String> PERPETRATORS = java.util.Set.of("strike", "strikes", "airstrike",
            "airstrikes", "air", "shelling", "fire", "missile", "missiles", "attack", "attacks", "raid", "raids",
            "bombardment", "bombing", "bombings", "drone", "drones", "jets", "warplanes", "artillery", "offensive",
            "shells", "rockets", "aircraft", "shellfire", "gunfire", "bombs");

    /** "Israeli strikes", "Pakistani forces": a country that acts on the counted people, not one they belong to. */
    boolean perpetrator(TokenTrie.Match country) {
        return country.last() < tokens.size() && PERPETRATORS.contains(tokens.get(country.last()).lower());
    }

    String text(int first, int last) {
        if (first >= last) {
            return "";
        }
        return text.substring(tokens.get(first).start(), tokens.get(last - 1).end());
    }

    Sentence sentenceOf(int token) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (token < s.first()) {
                hi = mid - 1;
            } else if (token >= s.last()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
