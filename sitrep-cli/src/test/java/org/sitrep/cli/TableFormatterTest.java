package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.Certainty;
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
import org.sitrep.core.Value;

class TableFormatterTest {
    private static final Article ARTICLE = new Article("seed", null, "Reuters", "North Korean losses",
            LocalDate.of(2024, 12, 19), "text");

    @Test
    void showsValueAsWrittenWithBoundsAndTheSourceChain() {
        Figure killed = figure("c1", new Value("Around 300", 300L, 300L, true, new Span(21, 31)),
                List.of(new Source("a South Korean lawmaker", "Lee Seong-kweun", SourceKind.PERSON, "KR", null),
                        new Source("the agency", "National Intelligence Service", SourceKind.ORGANIZATION, "KR",
                                null)),
                new Place("Kursk Oblast", "Kursk", "RU", null, null, Precision.REGION, null));
        Figure casualties = figure("c2", new Value("over 3,000", 3000L, null, false, null), List.of(), null);

        List<String> lines = TableFormatter.format(new Extraction(ARTICLE, List.of(killed, casualties), List.of()))
                .lines().toList();

        assertThat(lines.get(0)).isEqualTo("== seed  North Korean losses  2024-12-19");
        assertThat(lines.get(1)).startsWith("MEASURE").contains("SUBJECT", "VALUE", "SOURCES", "CERTAINTY", "PLACE");
        assertThat(lines.get(2)).contains("killed", "North Korean soldiers [KP/military]", "Around 300 [300–300 ~]",
                "Lee Seong-kweun ← National Intelligence Service", "hedged", "Kursk Oblast");
        assertThat(lines.get(3)).contains("over 3,000 [3000– ]");
        assertThat(lines.get(2).indexOf("Around 300")).isEqualTo(lines.get(3).indexOf("over 3,000"));
        assertThat(lines.get(2).indexOf("hedged")).isEqualTo(lines.get(3).indexOf("hedged"));
    }

    @Test
    void showsOpenLowerBoundsAndSubjectsWithoutCountry() {
        assertThat(TableFormatter.value(new Value("up to 500", null, 500L, false, null))).isEqualTo("up to 500 [ –500]");
        assertThat(TableFormatter.subject(new Subject("people", null, Role.CIVILIAN, null)))
                .isEqualTo("people [civilian]");
    }

    @Test
    void cutsLongCellsWithAnEllipsis() {
        assertThat(TableFormatter.truncate("a".repeat(50), 10)).isEqualTo("aaaaaaaaa…").hasSize(10);
        assertThat(TableFormatter.truncate("short", 10)).isEqualTo("short");
    }

    @Test
    void cutsALongValueTextButKeepsItsBounds() {
        String cell = TableFormatter.value(new Value("a".repeat(40) + " 2,700", 2700L, 2700L, true, null));

        assertThat(cell).endsWith("… [2700–2700 ~]");
    }

    @Test
    void leavesOutMissingTitleAndDateFromTheHeading() {
        assertThat(TableFormatter.heading(Article.of("a17", "text"))).isEqualTo("== a17");
    }

    private static Figure figure(String id, Value value, List<Source> sources, Place place) {
        return new Figure(id, Measure.KILLED, new Subject("North Korean soldiers", "KP", Role.MILITARY, null), value,
                sources, Certainty.HEDGED, List.of(), place, null, List.of(new Span(0, 4)), Map.of());
    }
}
