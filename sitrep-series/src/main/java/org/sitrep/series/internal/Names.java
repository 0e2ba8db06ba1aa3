package org.sitrep.series.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Source names reduced to a key that spelling noise does not change. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    private Names() {
    }

    /**
     * Lower case, accents and dots dropped, curly apostrophes straightened, other punctuation as spaces, a leading
     * "the" dropped: "The U.S. Department of Defense" and "US Department of Defense" give "us department of defense".
     */
    public static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace(".", "");
        plain = NOT_WORD.matcher(plain).replaceAll(" ").strip();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }

    /** A slug for keys: lower-case letters and digits joined by single hyphens ("kursk-oblast"). */
    public static String slug(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return plain.replaceAll("^-+|-+$", "");
    }
}
