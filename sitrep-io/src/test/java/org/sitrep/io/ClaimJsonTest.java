package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.Certainty;
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

class ClaimJsonTest {
    private static final Article SMALL_ARTICLE =
            new Article("a1", null, "Example", "T", LocalDate.of(2024, 12, 19), "300 soldiers killed.");
    private static final Figure SMALL_FIGURE = new Figure("c1", Measure.KILLED,
            new Subject("soldiers", null, Role.MILITARY, new Span(4, 12)),
            new Value("300", 300L, 300L, false, new Span(0, 3)),
            List.of(), Certainty.ASSERTED, List.of(), null, null, List.of(new Span(0, 20)),
            Map.of("measure", "measure.lexicon"));

    @Test
    void writesSmallClaimExactly() {
        String line = ClaimJson.toLine(new Extraction(SMALL_ARTICLE, List.of(SMALL_FIGURE), List.of()), false);

        assertThat(line).isEqualTo("{\"article\":{\"id\":\"a1\",\"url\":null,\"outlet\":\"Example\",\"title\":\"T\","
                + "\"published\":\"2024-12-19\",\"language\":\"en\"},\"claims\":[{\"id\":\"c1\",\"type\":\"figure\","
                + "\"measure\":\"killed\",\"subject\":{\"text\":\"soldiers\",\"country\":null,\"role\":\"military\","
                + "\"span\":{\"start\":4,\"end\":12}},\"value\":{\"text\":\"300\",\"low\":300,\"high\":300,"
                + "\"approx\":false,\"span\":{\"start\":0,\"end\":3}},\"sources\":[],\"certainty\":\"asserted\","
                + "\"cues\":[],\"place\":null,\"time\":null,\"mentions\":[{\"start\":0,\"end\":20}]}]}");
    }

    @Test
    void writesExplainOnlyWhenAsked() {
        Extraction extraction = new Extraction(SMALL_ARTICLE, List.of(SMALL_FIGURE), List.of());

        assertThat(ClaimJson.toLine(extraction, true))
                .endsWith("\"mentions\":[{\"start\":0,\"end\":20}],\"explain\":{\"measure\":\"measure.lexicon\"}}]}");
        assertThat(ClaimJson.toLine(extraction, false)).doesNotContain("explain");
    }

    @Test
    void ordersExplainKeysByClaimFieldOrder() {
        Figure figure = withExplain(Map.of("zeta", "z", "certainty", "hedge.adverb", "sources", "attribution.x",
                "measure", "measure.lexicon", "subject.country", "country.demonym"));

        String line = ClaimJson.toLine(new Extraction(SMALL_ARTICLE, List.of(figure), List.of()), true);

        assertThat(line).endsWith("\"explain\":{\"measure\":\"measure.lexicon\",\"subject.country\":\"country.demonym\","
                + "\"sources\":\"attribution.x\",\"certainty\":\"hedge.adverb\",\"zeta\":\"z\"}}]}");
    }

    @Test
    void roundTripsFullFigureWithNonBmpText() {
        Extraction extraction = fullExtraction();

        String line = ClaimJson.toLine(extraction, true);
        Extraction back = ClaimJson.fromLine(line);

        assertThat(line).doesNotContain("\n", "\\u").contains("🪖 soldiers", "Kyiv’s");
        assertThat(back.claims()).isEqualTo(extraction.claims());
        assertThat(back.article()).isEqualTo(new Article("a17", "https://example.org/a17", "Example", "🪖 news",
                LocalDate.of(2024, 12, 19), ""));
        assertThat(back.diagnostics()).isEmpty();
        assertThat(ClaimJson.toLine(back, true)).isEqualTo(line);
    }

    @Test
    void writesTextAndExtractorVersionOnlyWhenAsked() {
        Extraction extraction = new Extraction(SMALL_ARTICLE, List.of(SMALL_FIGURE), List.of());

        String line = ClaimJson.toLine(extraction, LineOptions.defaults().withText(true).withExtractorVersion("0.1.0"));

        assertThat(line).startsWith("{\"article\":{\"id\":\"a1\",\"url\":null,\"outlet\":\"Example\","
                + "\"title\":\"T\",\"published\":\"2024-12-19\",\"language\":\"en\","
                + "\"text\":\"300 soldiers killed.\"},\"claims\":[")
                .endsWith("]}],\"extractor_version\":\"0.1.0\"}");
        assertThat(ClaimJson.toLine(extraction, LineOptions.defaults())).isEqualTo(ClaimJson.toLine(extraction, false));
        assertThat(ClaimJson.toLine(extraction, LineOptions.defaults().withExplain(true)))
                .isEqualTo(ClaimJson.toLine(extraction, true));
    }

    @Test
    void readsTextAndExtractorVersionBackWhenPresent() {
        Extraction extraction = fullExtraction();
        String line = ClaimJson.toLine(extraction, LineOptions.defaults().withExplain(true).withText(true)
                .withExtractorVersion("0.2.0"));

        ClaimLine back = ClaimJson.readLine(line);

        assertThat(back.extraction().article()).isEqualTo(extraction.article());
        assertThat(back.extraction().claims()).isEqualTo(extraction.claims());
        assertThat(back.extractorVersion()).isEqualTo("0.2.0");
        assertThat(back.hasText()).isTrue();
        assertThat(ClaimJson.fromLine(line).article().text()).isEqualTo(extraction.article().text());
        ClaimLine plain = ClaimJson.readLine(ClaimJson.toLine(extraction, false));
        assertThat(plain.extractorVersion()).isNull();
        assertThat(plain.hasText()).isFalse();
    }

    @Test
    void writesNonAsciiAsUtf8() {
        String line = ClaimJson.toLine(fullExtraction(), false);

        assertThat(line.getBytes(StandardCharsets.UTF_8)).containsSequence("🪖".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void prettyPrintsTheSameObject() {
        Extraction extraction = new Extraction(SMALL_ARTICLE, List.of(SMALL_FIGURE), List.of());

        String pretty = ClaimJson.toPrettyJson(extraction, false);

        assertThat(pretty).startsWith("{\n  \"article\": {\n    \"id\": \"a1\",\n").contains("\"sources\": [],");
        assertThat(ClaimJson.fromLine(pretty)).isEqualTo(ClaimJson.fromLine(ClaimJson.toLine(extraction, false)));
    }

    @Test
    void rejectsMalformedLine() {
        assertThatThrownBy(() -> ClaimJson.fromLine("{\"article\": {\"id\": \"a1\"}, \"claims\": ["))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed JSON");
        assertThatThrownBy(() -> ClaimJson.fromLine("{\"article\": {\"id\": \"a1\"}, \"claims\": [{\"type\": \"figure\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing id");
        assertThatThrownBy(() -> ClaimJson.fromLine("[]"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Figure withExplain(Map<String, String> explain) {
        Figure f = SMALL_FIGURE;
        return new Figure(f.id(), f.measure(), f.subject(), f.value(), f.sources(), f.certainty(), f.cues(), f.place(),
                f.time(), f.mentions(), explain);
    }

    /** "🪖" is a surrogate pair: every span after it counts two code units for it. */
    private static Extraction fullExtraction() {
        String text = "🪖 Around 300 🪖 soldiers were reportedly killed in Kyiv’s region, according to a lawmaker.";
        Article article = new Article("a17", "https://example.org/a17", "Example", "🪖 news",
                LocalDate.of(2024, 12, 19), text);
        Figure figure = new Figure("c1", Measure.KILLED,
                new Subject("🪖 soldiers", "KP", Role.MILITARY, new Span(14, 25)),
                new Value("Around 300", 300L, null, true, new Span(3, 13)),
                List.of(new Source("a lawmaker", "Lee Seong-kweun", SourceKind.PERSON, "KR", new Span(83, 93)),
                        new Source("the agency", "National Intelligence Service", SourceKind.ORGANIZATION, null, null)),
                Certainty.HEDGED,
                List.of(new Cue("reportedly", CueKind.HEDGE, new Span(31, 41)),
                        new Cue("according to", CueKind.ATTRIBUTION, new Span(70, 82))),
                new Place("Kyiv", "Kyiv’s region", "UA", 50.45, 30.5236, Precision.REGION, new Span(52, 65)),
                new TimeRef("Monday", LocalDate.of(2024, 12, 16), LocalDate.of(2024, 12, 16), Precision.DAY, null),
                List.of(new Span(0, 94)),
                Map.of("measure", "measure.lexicon", "certainty", "hedge.adverb"));
        return new Extraction(article, List.of(figure), List.of());
    }
}
