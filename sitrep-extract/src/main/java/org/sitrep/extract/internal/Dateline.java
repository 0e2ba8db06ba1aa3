package org.sitrep.extract.internal;

import java.util.List;

/**
 * Finds a dateline opening an article ("SEOUL, Nov 4 -", "Seoul, South Korea –", "Kyiv, (APP - 23rd Dec, 2024) -",
 * "ISLAMABAD —"): a short run of capitalised words, commas, dates and a parenthesis, closed by a dash or colon.
 * A dateline is neither a place nor a source, and no sentence includes it.
 */
public final class Dateline {
    private static final int MAX_TOKENS = 16;
    private static final java.util.Set<String> ORDINAL_SUFFIXES = java.util.Set.of("st", "nd", "rd", "th");

    private Dateline() {
    }

    /** The index of the first token after the dateline, or 0 when the text opens without one. */
    public static int end(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).capitalized()) {
            return 0;
        }
        int depth = 0;
        for (int i = 0; i < Math.min(tokens.size(), MAX_TOKENS); i++) {
            Token t = tokens.get(i);
            if (i > 0 && t.breakBefore() > 0) {
                return 0;
            }
            String s = t.text();
            if (s.equals("(")) {
                depth++;
            } else if (s.equals(")")) {
                depth--;
            } else if (depth > 0) {
                continue;
            } else if (i > 0 && isDash(t) && spacedDash(tokens, i)) {
                return i + 1 < tokens.size() ? i + 1 : 0;
            } else if (!(t.capitalized() || t.isNumber() || s.equals(",") || s.equals(".") || isMonthLike(t))) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean isDash(Token t) {
        String s = t.text();
        return s.equals("-") || s.equals("\u2013") || s.equals("\u2014") || s.equals(":");
    }

    private static boolean spacedDash(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.text().equals(":")) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.end() < t.start() || before.text().equals(")");
    }

    private static boolean isMonthLike(Token t) {
        return t.isWord() && ORDINAL_SUFFIXES.contains(t.lower());
    }
}
