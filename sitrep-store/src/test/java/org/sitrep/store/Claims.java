package org.sitrep.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Article;
import org.sitrep.core.Certainty;
import org.sitrep.core.Claim;
import org.sitrep.core.Cue;
import org.sitrep.core.CueKind;
import org.sitrep.core.Extraction;
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

/** Test articles and figures, built by hand. */
final class Claims {
    static final Instant SEEN = Instant.parse("2024-11-05T10:00:00Z");

    private Claims() {
    }

    static Article article(String id, String url, LocalDate published, String text) {
        return new Article(id, url, url == null ? null : "Example News", "Title of " + id, published, text);
    }

    static Sighting sighting(Article article) {
        return Sighting.of(article, "input/" + article.id() + ".json", SEEN);
    }

    static Figure figure(String id, Measure measure, String subject, String country, Role role, long value,
            String source) {
        List<Source> sources = source == null ? List.of()
                : List.of(new Source("the " + source, source, SourceKind.ORGANIZATION, "KR", new Span(40, 44)));
        return new Figure(id, measure, new Subject(subject, country, role, new Span(10, 20)),
                new Value(Long.toString(value), value, value, false, new Span(0, 5)), sources, Certainty.ASSERTED,
                List.of(), null, null, List.of(new Span(0, 50)), Map.of());
    }

    /** The seed article's first figure, every field filled. */
    static Figure full() {
        return new Figure("c1", Measure.KILLED,
                new Subject("North Korean soldiers", "KP", Role.MILITARY, new Span(32, 53)),
                new Value("Around 300", 300L, 300L, true, new Span(21, 31)),
                List.of(new Source("a South Korean lawmaker", "Lee Seong-kweun", SourceKind.PERSON, "KR",
                                new Span(226, 249)),
                        new Source("the country’s intelligence agency", "National Intelligence Service",
                                SourceKind.ORGANIZATION, "KR", new Span(274, 307))),
                Certainty.HEDGED,
                List.of(new Cue("reportedly", CueKind.HEDGE, new Span(59, 69)),
                        new Cue("according to", CueKind.ATTRIBUTION, new Span(213, 225))),
                new Place("Kursk Oblast", "Russia's Kursk region", "RU", 51.7, 36.2, Precision.REGION,
                        new Span(80, 101)),
                new TimeRef("last week", LocalDate.of(2024, 12, 9), LocalDate.of(2024, 12, 15), Precision.DAY,
                        new Span(110, 119)),
                List.of(new Span(21, 308), new Span(1154, 1251)),
                Map.of("measure", "measure.lexicon", "sources", "attribution.\"quoted\""));
    }

    static Extraction extraction(Article article, Claim... claims) {
        return new Extraction(article, List.of(claims), List.of());
    }
}
