package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits tokens into sentences: at a paragraph break, and at . ! ? (with closing quotes) before a capital, a quote
 * or a number, unless the period closes an abbreviation or an initial. A dateline opening the article is cut off.
 */
public final class SentenceSplitter {
    static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.List.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "jr", "sr", "rep", "sen", "gov", "prof",
            "inc", "co", "corp", "ltd", "adm", "cmdr", "brig", "pres", "approx", "est", "fig", "mt", "ft"));

    private SentenceSplitter() {
    }

    public static List<Sentence> split(List<Token> tokens, int from) {
        List<Sentence> sentences = new ArrayList<>();
        int start = from;
        int paragraph = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > start && t.breakBefore() > 0) {
                sentences.add(Sentence.of(sentences.size(), paragraph, tokens, start, i));
                start = i;
                paragraph++;
                continue;
            }
            if (i == start && t.breakBefore() > 0 && i > from) {
                paragraph++;
            }
            if (isTerminal(t) && !abbreviation(tokens, i)) {
                int end = i + 1;
                while (end < tokens.size() && closing(tokens.get(end)) && tokens.get(end).breakBefore() == 0) {
                    end++;
                }
                if (end >= tokens.size() || startsSentence(tokens.get(end))) {
                    sentences.add(Sentence.of(sentences.size(), paragraph, tokens, start, end));
                    start = end;
                    i = end - 1;
                }
            }
        }
        if (start < tokens.size()) {
            sentences.add(Sentence.of(sentences.size(), paragraph, tokens, start, tokens.size()));
        }
        return sentences;
    }

    private static boolean isTerminal(Token t) {
        return t.isPunct() && (t.text().equals(".") || t.text().equals("!") || t.text().equals("?"));
    }

    private static boolean closing(Token t) {
        return t.isPunct() && "\"'\u201d\u2019)]".contains(t.text());
    }

    private static boolean startsSentence(Token t) {
        if (t.breakBefore() > 0 || t.isNumber()) {
            return true;
        }
        if (t.isPunct()) {
            return "\"\u201c'\u2018(".contains(t.text());
        }
        return Character.isUpperCase(t.text().codePointAt(0));
    }

    private static boolean abbreviation(List<Token> tokens, int period) {
        if (!tokens.get(period).text().equals(".") || period == 0) {
            return false;
        }
        Token before = tokens.get(period - 1);
        if (before.end() != tokens.get(period).start() || !before.isWord()) {
            return false;
        }
        if (before.text().length() == 1 && Character.isUpperCase(before.text().charAt(0))) {
            return true;
        }
        if (ABBREVIATIONS.contains(before.lower())) {
            // "Dec." ends a sentence only when a new one plainly starts; a following number or name continues it
            return period + 1 < tokens.size() && tokens.get(period + 1).breakBefore() == 0;
        }
        return false;
    }
}
