package org.sitrep.cli.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-draws every number written in digits, keeping its shape: "3,000" becomes another comma-grouped four-digit
 * number, "300" another three-digit one, "1.9" another one-decimal number. Years stay within two of themselves,
 * days next to a month name stay days, percentages stay under 100. Numbers glued to letters ("M23", "82nd",
 * "F-16"), times of day ("10:15") and numbers written as words ("two") are left alone.
 */
final class NumberRedrawer {
    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\p{L}\\d.,:\\-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d\\p{L}]|:\\d)");
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern MONTH_BEFORE = Pattern.compile(MONTH + " $");
    private static final Pattern MONTH_AFTER = Pattern.compile("^ " + MONTH);
    private static final Pattern PERCENT_AFTER = Pattern.compile("^(?: ?%| per ?cent| percent)");

    private NumberRedrawer() {
    }

    static String redraw(String sentence, SplittableRandom random) {
        Matcher matcher = NUMBER.matcher(sentence);
        StringBuilder out = new StringBuilder(sentence.length() + 8);
        while (matcher.find()) {
            String before = sentence.substring(Math.max(0, matcher.start() - 12), matcher.start());
            String after = sentence.substring(matcher.end(), Math.min(sentence.length(), matcher.end() + 9));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replace(matcher.group(1), before, after, random)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String replace(String number, String before, String after, SplittableRandom random) {
        if (number.contains(",")) {
            long value = draw(number.replace(",", "").length(), random);
            return String.format(Locale.US, "%,d", value);
        }
        int dot = number.indexOf('.');
        if (dot >= 0) {
            return draw(dot, random) + "." + digits(number.length() - dot - 1, random);
        }
        long value = Long.parseLong(number);
        if (value == 0 || number.length() > 18) {
            return number;
        }
        if (number.length() == 4 && value >= 1900 && value <= 2099) {
            return Long.toString(value - 2 + random.nextInt(5));
        }
        if (value <= 31 && (MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after).find())) {
            return Integer.toString(1 + random.nextInt(28));
        }
        if (PERCENT_AFTER.matcher(after).find()) {
            return Integer.toString(1 + random.nextInt(99));
        }
        return Long.toString(draw(number.length(), random));
    }

    /** A number with exactly {@code digitCount} digits (1 to 9 for one digit). */
    private static long draw(int digitCount, SplittableRandom random) {
        long low = digitCount == 1 ? 1 : pow10(digitCount - 1);
        return random.nextLong(low, pow10(digitCount));
    }

    private static String digits(int count, SplittableRandom random) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static long pow10(int exponent) {
        long power = 1;
        for (int i = 0; i < exponent; i++) {
            power *= 10;
        }
        return power;
    }
}
