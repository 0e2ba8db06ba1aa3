package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one automaton for every lexicon and gazetteer look-up: a trie over lower-cased tokens, built once and then
 * read-only (so shared across threads). Matching walks it from each token; a case-sensitive phrase also needs the
 * text's tokens to be written as the phrase writes them.
 */
public final class TokenTrie {
    private final Node root = new Node();

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Stored> entries = new ArrayList<>(1);
    }

    private record Stored(Entry entry, String[] exact) {
    }

    /** A phrase found in the text: tokens {@code [first, last)}. */
    public record Match(int first, int last, Entry entry) {
        public int length() {
            return last - first;
        }
    }

    void add(String phrase, Entry entry, boolean caseSensitive) {
        List<Token> tokens = plain(phrase) ? words(phrase) : Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        Node node = root;
        String[] exact = caseSensitive ? new String[tokens.size()] : null;
        for (int i = 0; i < tokens.size(); i++) {
            node = node.next.computeIfAbsent(tokens.get(i).lower(), k -> new Node());
            if (exact != null) {
                exact[i] = tokens.get(i).text().replace('\u2019', '\'');
            }
        }
        for (Stored s : node.entries) {
            if (s.entry.equals(entry)) {
                return;
            }
        }
        node.entries.add(new Stored(entry, exact));
    }

    /** Letters and single spaces only: the tokenizer would split it at the spaces. */
    private static boolean plain(String phrase) {
        if (phrase.isEmpty() || phrase.charAt(0) == ' ' || phrase.charAt(phrase.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' && phrase.charAt(i - 1) != ' ')) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> words(String phrase) {
        List<Token> out = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= phrase.length(); i++) {
            if (i == phrase.length() || phrase.charAt(i) == ' ') {
                out.add(Token.of(phrase.substring(start, i), start, i, Token.Type.WORD, 0));
                start = i + 1;
            }
        }
        return out;
    }

    /** Every phrase that starts at each token, longest first; the result's index is the start token. */
    public List<List<Match>> matchAll(List<Token> tokens) {
        List<List<Match>> byStart = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            List<Match> found = List.of();
            Node node = root;
            for (int j = i; j < tokens.size(); j++) {
                node = node.next.get(tokens.get(j).lower());
                if (node == null) {
                    break;
                }
                for (Stored s : node.entries) {
                    if (s.exact == null || writtenAs(tokens, i, s.exact)) {
                        if (found.isEmpty()) {
                            found = new ArrayList<>(2);
                        }
                        found.add(0, new Match(i, j + 1, s.entry));
                    }
                }
            }
            byStart.add(found);
        }
        return byStart;
    }

    private static boolean writtenAs(List<Token> tokens, int from, String[] exact) {
        if (tokens.get(from).text().charAt(0) != exact[0].charAt(0)) {
            return false;   // the common case: "may" in the text, "May" in the gazetteer
        }
        for (int k = 0; k < exact.length; k++) {
            String text = tokens.get(from + k).text();
            if (!text.equals(exact[k]) && (text.indexOf('\u2019') < 0 || !text.replace('\u2019', '\'').equals(exact[k]))) {
                return false;
            }
        }
        return true;
    }
}
