package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation in one pass over the characters, keeping UTF-16 offsets.
 * Words keep inner hyphens and apostrophes ("Seong-kweun", "O'Brien"); a possessive "'s" is a token of its own;
 * numbers keep digit grouping and decimals ("3,000", "1.5") and a K/M suffix ("11K"); initials stay whole ("U.S.").
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        int breaks = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
                i++;
            } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                i++;
            } else if (Character.isDigit(c)) {
                int end = scanNumber(text, i);
                tokens.add(Token.of(text.substring(i, end), i, end, Token.Type.NUMBER, breaks));
                breaks = 0;
                i = end;
            } else if (Character.isLetter(c)) {
                int end = scanWord(text, i);
                tokens.add(Token.of(text.substring(i, end), i, end, Token.Type.WORD, breaks));
                breaks = 0;
                i = end;
            } else if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                tokens.add(Token.of(text.substring(i, i + 2), i, i + 2, Token.Type.WORD, breaks));
                breaks = 0;
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                tokens.add(Token.of(text.substring(i, end), i, end, Token.Type.PUNCT, breaks));
                breaks = 0;
                i = end;
            }
        }
        return tokens;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static int scanNumber(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                    && (c == '.' || groupOfThree(text, i + 1))) {
                i++;
            } else {
                break;
            }
        }
        // a K/M/bn suffix glued to the number ("11K", "2m"), but not the start of a word ("5km", "10th")
        if (i < n && "kKmM".indexOf(text.charAt(i)) >= 0 && (i + 1 == n || !Character.isLetter(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private static boolean groupOfThree(String text, int from) {
        int n = text.length();
        return from + 3 <= n && Character.isDigit(text.charAt(from)) && Character.isDigit(text.charAt(from + 1))
                && Character.isDigit(text.charAt(from + 2)) && (from + 3 == n || !Character.isDigit(text.charAt(from + 3)));
    }

    private static int scanWord(String text, int start) {
        int n = text.length();
        int i = start;
        // initials: U.S., U.N.
        if (i + 3 < n + 0 && Character.isUpperCase(text.charAt(i)) && i + 1 < n && text.charAt(i + 1) == '.'
                && i + 2 < n && Character.isUpperCase(text.charAt(i + 2)) && i + 3 < n && text.charAt(i + 3) == '.') {
            int j = i;
            while (j + 1 < n && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
                j += 2;
            }
            return j;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '-' || c == '\u2011' || isApostrophe(c)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && !(isApostrophe(c) && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                         && (i + 2 == n || !Character.isLetter(text.charAt(i + 2))))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
