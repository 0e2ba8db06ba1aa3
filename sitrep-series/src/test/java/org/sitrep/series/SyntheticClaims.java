package org.sitrep.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.sitrep.core.Value;

/**
 * Claims shaped like a store's, for the benchmark: articles of one to five figures over two years; 40 subject
 * countries, 4 roles, 10 measures, 6 places per country (a third of figures name none), skewed so a few series are
 * large; 300 sources under several spellings; a fifth of the claims republished by another outlet; a quarter
 * hedged, one in twenty denied. Deterministic for a seed.
 */
final class SyntheticClaims {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final String[] SPELLINGS = {"National Intelligence Service", "NIS", "South Korea's spy agency",
        "Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Zelensky", "Pentagon", "Gaza's Health Ministry", "SOHR",
        "OCHA", "Kyiv", "Ukraine's military intelligence agency"};

    private final Random random;
    private final List<Place> places = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();

    SyntheticClaims(long seed) {
        this.random = new Random(seed);
        for (int country = 0; country < 40; country++) {
            String code = "" + (char) ('A' + country / 26) + (char) ('A' + country % 26);
            places.add(new Place("Country " + code, null, code, null, null, Precision.COUNTRY, null));
            for (int region = 1; region <= 5; region++) {
                places.add(new Place("Region " + region + " of " + code, null, code, null, null, Precision.REGION,
                        null));
            }
        }
        for (int i = 0; i < 300; i++) {
            String name = i < SPELLINGS.length ? SPELLINGS[i] : "Source " + i;
            SourceKind kind = i % 10 == 9 ? SourceKind.UNNAMED : i % 3 == 0 ? SourceKind.PERSON
                    : SourceKind.ORGANIZATION;
            sources.add(new Source(name, name, kind, null, null));
        }
    }

    /** {@code count} claims, article by article. */
    List<SeriesClaim> take(int count) {
        List<SeriesClaim> claims = new ArrayList<>(count);
        int article = 0;
        while (claims.size() < count) {
            article++;
            LocalDate published = START.plusDays(random.nextInt(730));
            int figures = 1 + random.nextInt(5);
            for (int i = 1; i <= figures && claims.size() < count; i++) {
                SeriesClaim claim = claim("a" + article, published, i);
                claims.add(claim);
                if (random.nextInt(5) == 0 && claims.size() < count) {
                    claims.add(new SeriesClaim(claim.claimId() + "r", claim.articleId() + "r", "Syndicator",
                            published.plusDays(random.nextInt(2)), claim.figure()));
                }
            }
        }
        return claims;
    }

    private SeriesClaim claim(String article, LocalDate published, int index) {
        int country = skewed(40);
        String code = places.get(country * 6).country();
        Measure measure = Measure.values()[skewed(Measure.values().length)];
        Place place = random.nextInt(3) == 0 ? null : places.get(country * 6 + skewed(6));
        long base = 50 + (published.toEpochDay() - START.toEpochDay()) * (1 + country % 7);
        long value = Math.max(1, base + (long) (random.nextGaussian() * base * 0.2));
        int shape = random.nextInt(10);
        Long low = shape == 9 ? null : value;
        Long high = shape >= 7 && shape < 9 ? null : shape == 6 ? value + value / 2 : value;
        List<Source> chain = random.nextInt(8) == 0 ? List.of()
                : random.nextInt(4) == 0 ? List.of(sources.get(skewed(300)), sources.get(skewed(300)))
                : List.of(sources.get(skewed(300)));
        int doubt = random.nextInt(20);
        Certainty certainty = doubt == 0 ? Certainty.DENIED : doubt < 6 ? Certainty.HEDGED : Certainty.ASSERTED;
        Figure figure = new Figure("c" + index, measure,
                new Subject("people", code, Role.values()[skewed(4)], null),
                new Value(String.valueOf(value), low, high, random.nextInt(5) < 2, null), chain, certainty,
                List.of(), place, null, List.of(new Span(index * 100, index * 100 + 80)), Map.of());
        return new SeriesClaim(article + "/c" + index, article, "Outlet " + (article.hashCode() & 15), published,
                figure);
    }

    /** 0 to n - 1, the low numbers far more often (roughly Zipf). */
    private int skewed(int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, random.nextDouble())) - 1);
    }
}
