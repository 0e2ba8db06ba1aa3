package org.sitrep.extract.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.sitrep.core.Precision;
import org.sitrep.core.Span;
import org.sitrep.core.TimeRef;

/**
 * When a figure happened or the date it holds as of: dates ("March 17", "17 March 2024", "Oct. 8"), months
 * ("in December"), years ("in 2023"), weekdays and relative words ("on Monday", "yesterday", "last week") resolved
 * against the article's date, and "since DATE" as a range up to it. The expression nearest the figure in its
 * sentence wins.
 */
final class TimeFinder {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
            "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
            "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

    private final Document doc;
    private final LocalDate published;

    TimeFinder(Document doc) {
        this.doc = doc;
        this.published = doc.article.published();
    }

    private record Found(int first, int last, LocalDate start, LocalDate end, Precision precision) {
    }

    TimeRef find(Sentence s, int anchor) {
        Found best = null;
        for (int j = s.first(); j < s.last(); j++) {
            Found f = at(s, j);
            if (f != null) {
                if (best == null || Math.abs(f.first() - anchor) < Math.abs(best.first() - anchor)) {
                    best = f;
                }
                j = f.last() - 1;
            }
        }
        if (best == null) {
            return null;
        }
        Span span = new Span(doc.token(best.first()).start(), doc.token(best.last() - 1).end());
        return new TimeRef(span.of(doc.text), best.start(), best.end(), best.precision(), span);
    }

    private Found at(Sentence s, int j) {
        Token t = doc.token(j);
        Found f = null;
        if (t.isWord() && t.capitalized() && MONTHS.containsKey(t.lower()) && !(t.is("may") && !nextIsNumber(s, j))) {
            f = monthFirst(s, j);
        } else if (t.isNumber() && j + 1 < s.last() && isDay(t) && isMonth(doc.token(j + 1))) {
            f = dayFirst(s, j);
        } else if (t.capitalized() && WEEKDAYS.containsKey(t.lower()) && published != null) {
            LocalDate d = published;
            while (d.getDayOfWeek() != WEEKDAYS.get(t.lower())) {
                d = d.minusDays(1);
            }
            f = new Found(j, j + 1, d, d, Precision.DAY);
        } else if (published != null && (t.is("yesterday") || t.is("today"))) {
            LocalDate d = t.is("today") ? published : published.minusDays(1);
            f = new Found(j, j + 1, d, d, Precision.DAY);
        } else if (published != null && t.is("last") && doc.is(j + 1, "week") && j + 1 < s.last()) {
            LocalDate monday = published.minusWeeks(1).with(DayOfWeek.MONDAY);
            f = new Found(j, j + 2, monday, monday.plusDays(6), Precision.DAY);
        } else if (t.isNumber() && isYear(t) && j > s.first() && (doc.is(j - 1, "in") || doc.is(j - 1, "since")
                || doc.is(j - 1, "during"))) {
            int year = Integer.parseInt(t.text());
            f = new Found(j, j + 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
        }
        int since = f == null ? -1 : sinceBefore(s, j);
        if (since >= 0 && published != null && !f.start().isAfter(published)) {
            // "since October 7", "since Russia's invasion of Ukraine in 2022": from then to the article's date
            f = new Found(since, f.last(), f.start(), published, f.precision());
        }
        return f;
    }

    /** The "since" that opens the phrase ending in the time at {@code j}, a few words back, or -1. */
    private int sinceBefore(Sentence s, int j) {
        for (int k = j - 1; k >= Math.max(s.first(), j - 7); k--) {
            if (doc.is(k, "since")) {
                return k;
            }
            if (doc.token(k).isPunct() && !doc.is(k, "'s")) {
                return -1;
            }
        }
        return -1;
    }

    /** "March 17", "March 17, 2024", "Oct. 8", "December 2024", "in December". */
    private Found monthFirst(Sentence s, int j) {
        int month = MONTHS.get(doc.token(j).lower());
        int k = j + 1;
        if (doc.is(k, ".")) {
            k++;
        }
        if (k < s.last() && isDay(doc.token(k))) {
            int day = Integer.parseInt(doc.token(k).text());
            int last = k + 1;
            Integer year = null;
            if (doc.is(last, ",") && last + 1 < s.last() && isYear(doc.token(last + 1))) {
                year = Integer.valueOf(doc.token(last + 1).text());
                last += 2;
            }
            return day(j, last, year, month, day);
        }
        Integer year = k < s.last() && isYear(doc.token(k)) ? Integer.valueOf(doc.token(k).text()) : null;
        int last = year != null ? k + 1 : j + 1;
        YearMonth ym = yearMonth(year, month);
        return ym == null ? null : new Found(j, last, ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
    }

    /** "17 March", "17 March 2024". */
    private Found dayFirst(Sentence s, int j) {
        int day = Integer.parseInt(doc.token(j).text());
        int month = MONTHS.get(doc.token(j + 1).lower());
        Integer year = j + 2 < s.last() && isYear(doc.token(j + 2)) ? Integer.valueOf(doc.token(j + 2).text()) : null;
        return day(j, year != null ? j + 3 : j + 2, year, month, day);
    }

    private Found day(int first, int last, Integer year, int month, int day) {
        YearMonth ym = yearMonth(year, month);
        if (ym == null || day < 1 || day > ym.lengthOfMonth()) {
            return null;
        }
        LocalDate d = ym.atDay(day);
        if (year == null && published != null && d.isAfter(published)) {
            d = d.minusYears(1);
        }
        return new Found(first, last, d, d, Precision.DAY);
    }

    /** A month without a year is the latest such month on or before the article's date. */
    private YearMonth yearMonth(Integer year, int month) {
        if (year != null) {
            return YearMonth.of(year, month);
        }
        if (published == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(published.getYear(), month);
        return ym.isAfter(YearMonth.from(published)) ? ym.minusYears(1) : ym;
    }

    private boolean nextIsNumber(Sentence s, int j) {
        return j + 1 < s.last() && doc.token(j + 1).isNumber();
    }

    private boolean isMonth(Token t) {
        return t.isWord() && t.capitalized() && MONTHS.containsKey(t.lower()) && !t.is("may");
    }

    private static boolean isDay(Token t) {
        String x = t.text();
        if (!t.isNumber() || x.length() > 2 || !Character.isDigit(x.charAt(x.length() - 1))) {
            return false;
        }
        int day = Integer.parseInt(x);
        return day >= 1 && day <= 31;
    }

    private static boolean isYear(Token t) {
        return t.isNumber() && NumberGrammar.isYear(t.text());
    }
}
