package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds numbers and their bounds in a sentence: digits ("3,000", "1.5 million", "11K"), number words of any size
 * ("four thousand one hundred", "Thirty-two", "half a million"), vague amounts ("dozens", "several hundred"),
 * ranges ("10,000 to 12,000", "between 200 and 300") and bound words ("at least", "over", "or more"), as
 * claim-format.md's bounds table reads them. Years, dates, percentages, money, ages and ordinals are not counts.
 */
final class NumberGrammar {
    private static final Set<String> MONTHS = Set.copyOf(java.util.List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec"));
    private static final Set<String> NOT_COUNTED = Set.copyOf(java.util.List.of("%", "per", "percent", "percentage", "pct", "dollars", "euros",
            "pounds", "yuan", "rubles", "roubles", "hryvnias", "shekels", "km", "kilometres", "kilometers", "miles", "metres",
            "meters", "kg", "tonnes", "tons", "hours", "days", "weeks", "months", "years", "minutes", "seconds", "year-old",
            "years-old", "st", "nd", "rd", "th", "am", "pm", "a.m", "p.m", "gmt", "utc", "times", "square", "hectares",
            "acres", "calibre", "caliber", "mm", "degrees", "o'clock", "year", "day", "month", "week", "hour", "km/h", "mph",
            "feet", "foot", "inches", "litres", "barrels", "bpd"));
    private static final Set<String> CURRENCY = Set.copyOf(java.util.List.of("$", "\u20ac", "\u00a3", "\u00a5", "us$", "usd", "eur"));
    private static final Set<String> NOT_AFTER = Set.copyOf(java.util.List.of("aged", "age", "ages", "number", "no", "resolution", "article",
            "section", "chapter", "page", "flight", "route", "highway", "brigade", "division", "regiment", "battalion",
            "corps", "army", "unit", "level", "grade", "magnitude", "covid", "covid-19", "mh", "f", "su", "mig", "t", "s",
            "himars", "atacms", "patriot", "storm", "phase", "paragraph", "bus", "line", "room", "class"));

    private NumberGrammar() {
    }

    static List<Quantity> find(Document doc, Sentence s) {
        List<Quantity> found = new ArrayList<>();
        int i = s.first();
        while (i < s.last()) {
            Quantity q = parseAt(doc, i, s);
            if (q != null) {
                if (counted(doc, q, s)) {
                    found.add(q);
                }
                i = q.last();
            } else {
                i++;
            }
        }
        return found;
    }

    private record Core(int first, int last, long low, Long high, boolean approx, boolean vague) {
    }

    private static Quantity parseAt(Document doc, int i, Sentence s) {
        TokenTrie.Match pre = null;
        for (TokenTrie.Match m : doc.matches.get(i)) {
            if (m.entry() instanceof Entry.Bound b && b.pre()) {
                pre = m;
                break;
            }
        }
        if (pre != null) {
            Core core = core(doc, pre.last(), s);
            if (core != null) {
                return bounded(doc, (Entry.Bound) pre.entry(), i, core, s);
            }
        }
        Core core = core(doc, i, s);
        if (core == null) {
            return null;
        }
        return bounded(doc, null, i, core, s);
    }

    private static Quantity bounded(Document doc, Entry.Bound pre, int first, Core core, Sentence s) {
        // a second bound word: "an estimated at least", "well over"
        Long low = core.low;
        Long high = core.high;
        boolean approx = core.approx;
        int last = core.last;
        Core upper = rangeEnd(doc, core, s, pre != null && pre.effect().equals("range"));
        if (upper != null) {
            return new Quantity(first, upper.last, core.first, upper.last, core.low, upper.high != null ? upper.high : upper.low,
                    false, core.vague);
        }
        if (pre != null) {
            switch (pre.effect()) {
                case "approx" -> approx = true;
                case "min" -> high = null;
                case "max" -> {
                    high = core.high != null ? core.high : core.low;
                    low = null;
                    approx = false;
                }
                default -> { }
            }
        }
        TokenTrie.Match post = null;
        for (TokenTrie.Match m : last < s.last() ? doc.matches.get(last) : List.<TokenTrie.Match>of()) {
            if (m.entry() instanceof Entry.Bound b && !b.pre()) {
                post = m;
                break;
            }
        }
        if (post != null) {
            String effect = ((Entry.Bound) post.entry()).effect();
            if (effect.equals("approx")) {
                approx = true;
            } else if (effect.equals("min")) {
                high = null;
            }
            last = post.last();
        }
        return new Quantity(first, last, core.first, core.last, low, high, approx, core.vague);
    }

    /** "to 12,000", "-300", "and 300" after "between", "or three". */
    private static Core rangeEnd(Document doc, Core core, Sentence s, boolean opened) {
        int j = core.last;
        if (j >= s.last() - 1 || core.vague) {
            return null;
        }
        Token t = doc.token(j);
        boolean joiner = t.is("to") || t.is("and") && opened || t.is("or") && core.last - core.first == 1
                || (t.text().equals("-") || t.text().equals("\u2013")) && doc.token(j - 1).end() == t.start();
        if (!joiner) {
            return null;
        }
        Core upper = core(doc, j + 1, s);
        if (upper == null || upper.vague || upper.low < core.low) {
            return null;
        }
        return upper;
    }

    private static Core core(Document doc, int i, Sentence s) {
        if (i >= s.last()) {
            return null;
        }
        Token t = doc.token(i);
        if (t.isNumber()) {
            return digits(doc, i, s);
        }
        TokenTrie.Match m = doc.at(i, Entry.NumberWord.class);
        if (m != null) {
            Entry.NumberWord w = (Entry.NumberWord) m.entry();
            if (w.kind().equals("vague")) {
                return new Core(i, m.last(), w.low(), w.high(), w.approx(), !w.kind().equals("vague") || w.high() == null);
            }
            return words(doc, i, s);
        }
        if (t.isWord() && t.lower().indexOf('-') > 0) {
            return words(doc, i, s);
        }
        if ((t.is("a") || t.is("an") || t.is("half")) && i + 1 < s.last()) {
            return words(doc, i, s);
        }
        return null;
    }

    private static Core digits(Document doc, int i, Sentence s) {
        String raw = doc.token(i).text().replace(",", "");
        long multiplier = 1;
        char last = raw.charAt(raw.length() - 1);
        if (last == 'k' || last == 'K') {
            multiplier = 1000;
            raw = raw.substring(0, raw.length() - 1);
        } else if (last == 'm' || last == 'M') {
            multiplier = 1_000_000;
            raw = raw.substring(0, raw.length() - 1);
        }
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return null;
        }
        int end = i + 1;
        if (multiplier == 1 && end < s.last()) {
            TokenTrie.Match m = doc.at(end, Entry.NumberWord.class);
            if (m != null && ((Entry.NumberWord) m.entry()).kind().equals("mult")) {
                multiplier = ((Entry.NumberWord) m.entry()).low();
                end = m.last();
            }
        }
        double total = value * multiplier;
        if (total > 1e12 || total != Math.floor(total)) {
            return null;
        }
        return new Core(i, end, (long) total, (long) total, false, false);
    }

    /** Number words: "four thousand one hundred", "Thirty-two", "a hundred", "half a million", "ten thousand". */
    private static Core words(Document doc, int i, Sentence s) {
        long total = 0;
        long current = 0;
        boolean any = false;
        int j = i;
        if (doc.is(j, "half") && doc.is(j + 1, "a")) {
            TokenTrie.Match m = doc.at(j + 2, Entry.NumberWord.class);
            if (m != null && ((Entry.NumberWord) m.entry()).kind().equals("mult")) {
                long v = ((Entry.NumberWord) m.entry()).low() / 2;
                return new Core(i, m.last(), v, v, false, false);
            }
            return null;
        }
        if ((doc.is(j, "a") || doc.is(j, "an")) && j + 1 < s.last()) {
            TokenTrie.Match m = doc.at(j + 1, Entry.NumberWord.class);
            if (m == null || !((Entry.NumberWord) m.entry()).kind().equals("mult")) {
                return null;
            }
            current = 1;
            j++;
        }
        while (j < s.last()) {
            Token t = doc.token(j);
            long unit = unitValue(doc, j, t);
            if (unit >= 0) {
                current += unit;
                any = true;
                j++;
                continue;
            }
            TokenTrie.Match m = doc.at(j, Entry.NumberWord.class);
            if (m != null && ((Entry.NumberWord) m.entry()).kind().equals("mult") && (any || current > 0)) {
                long mult = ((Entry.NumberWord) m.entry()).low();
                if (mult == 100) {
                    current = Math.max(current, 1) * 100;
                } else {
                    total += Math.max(current, 1) * mult;
                    current = 0;
                }
                any = true;
                j = m.last();
                continue;
            }
            if (t.is("and") && any && j + 1 < s.last() && unitValue(doc, j + 1, doc.token(j + 1)) >= 0 && total + current >= 100) {
                j++;
                continue;
            }
            break;
        }
        if (!any) {
            return null;
        }
        long value = total + current;
        return new Core(i, j, value, value, false, false);
    }

    /** The value of a unit word ("seven", "thirty-two"), or -1. */
    private static long unitValue(Document doc, int j, Token t) {
        if (!t.isWord()) {
            return -1;
        }
        TokenTrie.Match m = doc.at(j, Entry.NumberWord.class);
        if (m != null && m.length() == 1 && ((Entry.NumberWord) m.entry()).kind().equals("unit")) {
            return ((Entry.NumberWord) m.entry()).low();
        }
        int dash = t.lower().indexOf('-');
        if (dash > 0) {
            long tens = UNITS.indexOf(t.lower().substring(0, dash));
            long ones = UNITS.indexOf(t.lower().substring(dash + 1));
            if (tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10) {
                return tens + ones;
            }
        }
        return -1;
    }

    private static final List<String> UNITS = buildUnits();

    private static List<String> buildUnits() {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        List<String> out = new ArrayList<>(java.util.Collections.nCopies(100, ""));
        for (int k = 0; k < small.length; k++) {
            out.set(k, small[k]);
        }
        for (int k = 0; k < tens.length; k++) {
            out.set(20 + 10 * k, tens[k]);
        }
        return List.copyOf(out);
    }

    /** Not a count of anything: a year, a date, a percentage, money, an age, a measurement, a unit's number. */
    private static boolean counted(Document doc, Quantity q, Sentence s) {
        Token first = doc.token(q.core());
        Token before = q.core() > s.first() ? doc.token(q.core() - 1) : null;
        Token after = q.coreLast() < s.last() ? doc.token(q.coreLast()) : null;
        if (before != null && before.text().equals(".") && q.core() - 2 >= s.first()
                && MONTHS.contains(doc.token(q.core() - 2).lower()) && first.isNumber()) {
            return false;
        }
        if (before != null && (CURRENCY.contains(before.lower()) || MONTHS.contains(before.lower()) && first.isNumber()
                || NOT_AFTER.contains(before.lower()) || before.text().equals("#") || before.text().equals("No."))) {
            return false;
        }
        if (after != null && (NOT_COUNTED.contains(after.lower()) || MONTHS.contains(after.lower()) && first.isNumber()
                || after.text().equals(":") && first.isNumber() && q.coreLast() + 1 < s.last()
                   && doc.token(q.coreLast() + 1).isNumber())) {
            return false;
        }
        if (after != null && after.text().equals("-") && q.coreLast() + 1 < s.last()) {
            String next = doc.token(q.coreLast() + 1).lower();
            if (next.startsWith("year") || next.startsWith("day") || next.startsWith("month") || next.startsWith("hour")
                    || next.startsWith("week") || next.startsWith("km") || next.startsWith("mile") || next.startsWith("storey")
                    || next.startsWith("point") || next.startsWith("member")) {
                return false;
            }
        }
        if (first.isNumber() && q.coreLast() - q.core() == 1 && isYear(first.text())) {
            return false;
        }
        if (first.isNumber() && first.text().contains(".") && q.coreLast() - q.core() == 1) {
            return false;
        }
        return true;
    }

    /** Four digits from 1800 to 2100: a year, when nothing says it counts people. */
    static boolean isYear(String text) {
        if (text.length() != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        int v = Integer.parseInt(text);
        return v >= 1800 && v <= 2100;
    }
}
