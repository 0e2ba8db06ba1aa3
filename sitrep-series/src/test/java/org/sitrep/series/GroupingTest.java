package org.sitrep.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.series.Claim.KURSK;
import static org.sitrep.series.Claim.RUSSIA;
import static org.sitrep.series.Claim.build;
import static org.sitrep.series.Claim.killed;
import static org.sitrep.series.Claim.series;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Measure;
import org.sitrep.core.Place;
import org.sitrep.core.Precision;
import org.sitrep.core.Role;

class GroupingTest {
    private static final Place SUDZHA = new Place("Sudzha", "Sudzha", "RU", 51.2, 35.3, Precision.CITY, null);
    private static final Place FRONT = new Place("front line", "the front line", "UA", null, null, Precision.AREA,
            null);

    @Test
    void groupsClaimsOfOneMeasureSubjectAndTheatreAcrossArticles() {
        List<Series> all = build(killed("c1", 100), killed("c2", 300).on("2025-01-13"));

        assertThat(all).extracting(Series::key).containsExactly("kp-military-killed-ru-kursk-oblast");
        assertThat(all.get(0).claims()).extracting(SeriesEntry::claimId).containsExactly("c1", "c2");
    }

    @Test
    void separatesMeasuresRolesCountriesAndTheatres() {
        List<Series> all = build(killed("c1", 100), killed("c2", 100).measure(Measure.WOUNDED),
                killed("c3", 100).subject("KP", Role.CIVILIAN), killed("c4", 100).subject("RU", Role.MILITARY),
                killed("c5", 100).at(RUSSIA));

        assertThat(all).extracting(Series::key).containsExactly("kp-civilian-killed-ru-kursk-oblast",
                "kp-military-killed-ru", "kp-military-killed-ru-kursk-oblast", "kp-military-wounded-ru-kursk-oblast",
                "ru-military-killed-ru-kursk-oblast");
    }

    @Test
    void keyIsASlugAndTitleNamesSubjectMeasureAndTheatre() {
        Series only = Claim.only(killed("c1", 100));

        assertThat(only.key()).isEqualTo("kp-military-killed-ru-kursk-oblast");
        assertThat(only.title()).isEqualTo("KP military killed · RU Kursk Oblast");
        assertThat(only.place()).isEqualTo(new Theatre("Kursk Oblast", "RU", Precision.REGION));
    }

    @Test
    void subjectWithoutCountryGetsXxInItsKey() {
        Series only = Claim.only(killed("c1", 100).subject(null, Role.UNKNOWN));

        assertThat(only.key()).isEqualTo("xx-unknown-killed-ru-kursk-oblast");
        assertThat(only.title()).startsWith("?? unknown killed");
    }

    @Test
    void rollsACityUpToItsCountryWithoutARegionLookup() {
        Series only = Claim.only(killed("c1", 100).at(SUDZHA));

        assertThat(only.key()).isEqualTo("kp-military-killed-ru");
        assertThat(only.place().precision()).isEqualTo(Precision.COUNTRY);
    }

    @Test
    void rollsACityUpToItsRegionWithARegionLookup() {
        RegionLookup kursk = place -> place.name().equals("Sudzha")
                ? Optional.of(new Theatre("Kursk Oblast", "RU", Precision.REGION)) : Optional.empty();
        List<Series> all = build(SeriesOptions.defaults().withRegions(kursk), killed("c1", 100).at(SUDZHA),
                killed("c2", 300));

        assertThat(all).extracting(Series::key).containsExactly("kp-military-killed-ru-kursk-oblast");
    }

    @Test
    void keepsAnAreaAsItsOwnTheatre() {
        assertThat(Claim.only(killed("c1", 100).at(FRONT)).key()).isEqualTo("kp-military-killed-ua-front-line");
    }

    @Test
    void countryTheatreKeepsTheCountrysNameFromAnyClaim() {
        Series only = Claim.only(killed("c1", 100).at(SUDZHA), killed("c2", 200).at(RUSSIA));

        assertThat(only.place()).isEqualTo(new Theatre("Russia", "RU", Precision.COUNTRY));
        assertThat(only.title()).isEqualTo("KP military killed · RU Russia");
    }

    @Test
    void claimWithoutPlaceJoinsItsArticlesDominantPlaceForThatSubject() {
        List<Series> all = build(
                killed("c1", 300).in("a1").nowhere(),
                killed("c2", 2700).measure(Measure.WOUNDED).in("a1"),
                killed("c3", 3000).measure(Measure.CASUALTIES).in("a1"),
                killed("c4", 10).measure(Measure.CAPTURED).in("a1").at(RUSSIA));

        assertThat(series(all, "kp-military-killed-ru-kursk-oblast").claims()).extracting(SeriesEntry::claimId)
                .containsExactly("c1");
    }

    @Test
    void dominantPlaceTieGoesToThePlaceMentionedFirst() {
        List<Series> all = build(
                killed("c1", 300).in("a1").nowhere().mentionedAt(50),
                killed("c2", 2700).measure(Measure.WOUNDED).in("a1").at(RUSSIA).mentionedAt(200),
                killed("c3", 3000).measure(Measure.CASUALTIES).in("a1").mentionedAt(100));

        assertThat(series(all, "kp-military-killed-ru-kursk-oblast").claims()).hasSize(1);
    }

    @Test
    void placeOfAnotherSubjectIsNotLent() {
        List<Series> all = build(
                killed("c1", 300).in("a1").nowhere(),
                killed("c2", 20).subject("UA", Role.CIVILIAN).in("a1"));

        assertThat(all).extracting(Series::key)
                .containsExactly("kp-military-killed", "ua-civilian-killed-ru-kursk-oblast");
    }

    @Test
    void claimWithoutPlaceInAnArticleWithoutOneJoinsTheNoPlaceSeries() {
        Series only = Claim.only(killed("c1", 300).nowhere());

        assertThat(only.key()).isEqualTo("kp-military-killed");
        assertThat(only.place()).isNull();
        assertThat(only.title()).isEqualTo("KP military killed · no place");
    }

    @Test
    void givesTheSameSeriesWhateverTheInputOrder() {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            claims.add(killed("c" + i, 100 + 37L * (i % 9)).on("2024-12-" + (10 + i % 15))
                    .by(i % 3 == 0 ? "NIS" : i % 3 == 1 ? "Kyiv" : "Pentagon").in("a" + (i % 7))
                    .at(i % 5 == 0 ? null : i % 5 == 1 ? RUSSIA : KURSK));
        }
        List<Series> first = build(claims.toArray(Claim[]::new));
        Collections.shuffle(claims, new Random(7));
        List<Series> second = build(claims.toArray(Claim[]::new));

        assertThat(second).isEqualTo(first);
    }
}
