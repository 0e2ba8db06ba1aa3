package org.sitrep.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Certainty;
import org.sitrep.core.Figure;
import org.sitrep.core.Measure;
import org.sitrep.core.Place;
import org.sitrep.core.Precision;
import org.sitrep.core.Role;
import org.sitrep.core.Source;
import org.sitrep.core.SourceKind;
import org.sitrep.core.Span;
import org.sitrep.core.Subject;
import org.sitrep.core.TimeRef;
import org.sitrep.core.Value;

/** A test claim, built a field at a time: North Korean soldiers killed in Kursk Oblast unless told otherwise. */
record Claim(String id, String article, LocalDate published, LocalDate time, Measure measure, String country,
        Role role, Long low, Long high, boolean approx, List<Source> sources, Certainty certainty, Place place,
        int mentionAt) {
    static final Place KURSK = new Place("Kursk Oblast", "Russia's Kursk region", "RU", 51.7, 36.2,
            Precision.REGION, null);
    static final Place RUSSIA = new Place("Russia", "Russia", "RU", null, null, Precision.COUNTRY, null);

    static Claim killed(String id, long exactly) {
        return new Claim(id, "a-" + id, LocalDate.of(2024, 12, 19), null, Measure.KILLED, "KP", Role.MILITARY,
                exactly, exactly, false, List.of(source("National Intelligence Service")), Certainty.ASSERTED,
                KURSK, 0);
    }

    static Source source(String name) {
        return new Source(name, name, SourceKind.ORGANIZATION, null, null);
    }

    static Source source(String name, String country) {
        return new Source(name, name, SourceKind.ORGANIZATION, country, null);
    }

    static Source unnamed(String words) {
        return new Source(words, words, SourceKind.UNNAMED, null, null);
    }

    static Source outlet(String name) {
        return new Source(name, name, SourceKind.MEDIA, null, null);
    }

    static Source from(String name, String country) {
        return new Source(name, name, SourceKind.PERSON, country, null);
    }

    Claim measure(Measure value) {
        return new Claim(id, article, published, time, value, country, role, low, high, approx, sources, certainty,
                place, mentionAt);
    }

    Claim subject(String newCountry, Role newRole) {
        return new Claim(id, article, published, time, measure, newCountry, newRole, low, high, approx, sources,
                certainty, place, mentionAt);
    }

    Claim bounds(Long newLow, Long newHigh) {
        return new Claim(id, article, published, time, measure, country, role, newLow, newHigh, approx, sources,
                certainty, place, mentionAt);
    }

    Claim about() {
        return new Claim(id, article, published, time, measure, country, role, low, high, true, sources, certainty,
                place, mentionAt);
    }

    Claim by(Source... chain) {
        return new Claim(id, article, published, time, measure, country, role, low, high, approx, List.of(chain),
                certainty, place, mentionAt);
    }

    Claim by(String name) {
        return by(source(name));
    }

    Claim ownVoice() {
        return by(new Source[0]);
    }

    Claim certainty(Certainty value) {
        return new Claim(id, article, published, time, measure, country, role, low, high, approx, sources, value,
                place, mentionAt);
    }

    Claim hedged() {
        return certainty(Certainty.HEDGED);
    }

    Claim at(Place value) {
        return new Claim(id, article, published, time, measure, country, role, low, high, approx, sources,
                certainty, value, mentionAt);
    }

    Claim nowhere() {
        return at(null);
    }

    /** Published on {@code date}, with no time of its own. */
    Claim on(String date) {
        return new Claim(id, article, LocalDate.parse(date), null, measure, country, role, low, high, approx,
                sources, certainty, place, mentionAt);
    }

    /** Holding as of {@code date} (its {@code time}), whatever the article's date. */
    Claim asOf(String date) {
        return new Claim(id, article, published, LocalDate.parse(date), measure, country, role, low, high, approx,
                sources, certainty, place, mentionAt);
    }

    Claim in(String articleId) {
        return new Claim(id, articleId, published, time, measure, country, role, low, high, approx, sources,
                certainty, place, mentionAt);
    }

    Claim mentionedAt(int offset) {
        return new Claim(id, article, published, time, measure, country, role, low, high, approx, sources,
                certainty, place, offset);
    }

    SeriesClaim toSeriesClaim() {
        TimeRef timeRef = time == null ? null : new TimeRef(time.toString(), time, time, Precision.DAY, null);
        Figure figure = new Figure(id, measure, new Subject("soldiers", country, role, null),
                new Value(String.valueOf(low), low, high, approx, null), sources, certainty, List.of(), place,
                timeRef, List.of(new Span(mentionAt, mentionAt + 10)), Map.of());
        return new SeriesClaim(id, article, "Outlet of " + article, published, figure);
    }

    static List<Series> build(Claim... claims) {
        return build(SeriesOptions.defaults(), claims);
    }

    static List<Series> build(SeriesOptions options, Claim... claims) {
        List<SeriesClaim> input = new ArrayList<>();
        for (Claim claim : claims) {
            input.add(claim.toSeriesClaim());
        }
        return SeriesBuilder.create(options).build(input);
    }

    /** The one series the claims make. */
    static Series only(Claim... claims) {
        List<Series> all = build(claims);
        if (all.size() != 1) {
            throw new AssertionError("expected one series, got " + all.stream().map(Series::key).toList());
        }
        return all.get(0);
    }

    static Series series(List<Series> all, String key) {
        return all.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + key + " in "
                        + all.stream().map(Series::key).toList()));
    }
}
