package org.sitrep.series.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Figure;
import org.sitrep.core.Source;
import org.sitrep.core.SourceKind;
import org.sitrep.core.Value;
import org.sitrep.series.Bounds;
import org.sitrep.series.SeriesClaim;
import org.sitrep.series.SeriesOptions;
import org.sitrep.series.Theatre;

/** Turns series claims into entries, resolving each source name once per run. Not thread-safe. */
public final class Entries {
    private final SeriesOptions options;
    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>();
    private final Map<Theatre, String> theatreKeys = new HashMap<>();

    public Entries(SeriesOptions options) {
        this.options = options;
    }

    public Entry of(SeriesClaim claim) {
        Figure figure = claim.figure();
        List<String> chain = new ArrayList<>(figure.sources().size());
        for (Source source : figure.sources()) {
            chain.add(canonical(source.name()));
        }
        Source last = figure.sources().isEmpty() ? null : figure.sources().get(figure.sources().size() - 1);
        String origin = last == null ? null : chain.get(chain.size() - 1);
        boolean named = last != null && last.kind() != SourceKind.UNNAMED;
        Value value = figure.value();
        int order = figure.mentions().isEmpty() ? Integer.MAX_VALUE : figure.mentions().get(0).start();
        Theatre theatre = Theatres.of(figure.place(), options.regions());
        return new Entry(claim.claimId(), List.of(claim.articleId()),
                claim.outlet() == null ? List.of() : List.of(claim.outlet()), claim.date(), figure.measure(),
                figure.subject().country(), figure.subject().role(), theatre, theatreKey(theatre),
                new Bounds(value.low(), value.high(), value.approx()), chain, origin,
                origin == null ? "" : key(origin), named, side(last, origin), directness(figure.sources()),
                figure.certainty(), order);
    }

    /** {@link Theatres#key}, computed once per theatre; null for none. */
    public String theatreKey(Theatre theatre) {
        return theatre == null ? null : theatreKeys.computeIfAbsent(theatre, Theatres::key);
    }

    private String canonical(String name) {
        return canonical.computeIfAbsent(name, options.aliases()::canonicalName);
    }

    private String key(String name) {
        return keys.computeIfAbsent(name, Names::key);
    }

    private String side(Source last, String origin) {
        if (last == null) {
            return "own voice";
        }
        String country = countries.computeIfAbsent(origin, name -> options.aliases().country(name).orElse(""));
        if (!country.isEmpty()) {
            return country;
        }
        return last.country() != null ? last.country() : last.kind().wireName();
    }

    private static int directness(List<Source> sources) {
        if (sources.isEmpty() || sources.get(sources.size() - 1).kind() == SourceKind.UNNAMED) {
            return Entry.INDIRECT;
        }
        int links = 0;
        for (Source source : sources) {
            if (source.kind() != SourceKind.MEDIA) {
                links++;
            }
        }
        return Math.max(links, 1);
    }
}
