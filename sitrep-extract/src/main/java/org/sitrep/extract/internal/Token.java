package org.sitrep.extract.internal;

import java.util.Locale;

/**
 * One token with its offsets into the article text.
 *
 * @param lower the lower-cased text, with typographic apostrophes folded to {@code '}
 * @param breakBefore newlines between the previous token and this one
 */
public record Token(String text, String lower, int start, int end, Type type, int breakBefore) {
    public enum Type { WORD, NUMBER, PUNCT }

    static Token of(String text, int start, int end, Type type, int breakBefore) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u2019') >= 0) {
            lower = lower.replace('\u2019', '\'');
        }
        return new Token(text, lower, start, end, type, breakBefore);
    }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    public boolean isPunct() {
        return type == Type.PUNCT;
    }

    public boolean capitalized() {
        return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Capitalised, or an Arabic-style particle before a capitalised name ("al-Qedra"). */
    public boolean nameLike() {
        if (capitalized()) {
            return true;
        }
        int dash = text.indexOf('-');
        return type == Type.WORD && dash > 0 && dash <= 3 && dash + 1 < text.length()
                && Character.isUpperCase(text.charAt(dash + 1));
    }

    public boolean allCaps() {
        if (type != Type.WORD || text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }
}
