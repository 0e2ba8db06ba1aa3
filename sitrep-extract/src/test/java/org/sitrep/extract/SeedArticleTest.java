package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.Figure;
import org.sitrep.core.Span;

/** The founding example: every figure of the seed article, with its source chain and hedging, as gold has it. */
class SeedArticleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Article article;
    private static JsonNode gold;
    private static List<Figure> figures;

    @BeforeAll
    static void extract() throws IOException {
        JsonNode a = read("/articles/seed.json");
        article = new Article(a.get("id").asText(), null, null, a.get("title").asText(),
                LocalDate.parse(a.get("published").asText()), a.get("text").asText());
        gold = read("/gold/seed.gold.json").get("figures");
        figures = Extracted.figures(article);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }

    @Test
    void findsExactlyTheSixGoldFigures() {
        assertThat(gold).hasSize(6);
        assertThat(figures).hasSize(6);
        for (JsonNode g : gold) {
            assertThat(match(g)).as("gold figure %s", g.get("evidence").asText()).isNotNull();
        }
    }

    @Test
    void eachFigureHasGoldsMeasureSubjectBoundsSourcesAndCertainty() {
        for (JsonNode g : gold) {
            Figure f = match(g);
            String what = g.get("measure").asText() + " " + g.get("value");
            assertThat(f).as(what).isNotNull();
            JsonNode v = g.get("value");
            assertThat(f.value().low()).as(what).isEqualTo(v.get("low").isNull() ? null : v.get("low").asLong());
            assertThat(f.value().high()).as(what).isEqualTo(v.get("high").isNull() ? null : v.get("high").asLong());
            assertThat(f.value().approx()).as(what).isEqualTo(v.get("approx").asBoolean());
            List<String> names = new ArrayList<>();
            g.get("sources").forEach(s -> names.add(s.get("name").asText()));
            assertThat(Extracted.chain(f)).as(what).isEqualTo(names);
            assertThat(f.certainty().wireName()).as(what).isEqualTo(g.get("certainty").asText());
        }
    }

    @Test
    void attributesFigureToLawmakerCitingAgency() {
        Figure killed = figures.get(0);
        assertThat(killed.value().text()).isEqualTo("Around 300");
        assertThat(killed.value().span()).isEqualTo(new Span(21, 31));
        assertThat(killed.subject().text()).isEqualTo("North Korean soldiers");
        assertThat(killed.subject().span()).isEqualTo(new Span(32, 53));
        assertThat(killed.sources().get(0).text()).isEqualTo("South Korean lawmaker");
        assertThat(killed.sources().get(1).span().of(article.text())).contains("intelligence agency");
        assertThat(killed.cues()).extracting(c -> c.text()).contains("reportedly", "according to", "citing");
    }

    @Test
    void mergesTheRepeatedKilledFigureIntoOneClaimWithTwoMentions() {
        Figure killed = figures.get(0);
        assertThat(killed.mentions()).hasSize(2);
        assertThat(killed.mentions().get(0).start()).isEqualTo(21);
        assertThat(killed.mentions().get(1).of(article.text())).startsWith("Lee reported that");
    }

    @Test
    void datelineIsNeitherInTheMentionNorAPlace() {
        Figure killed = figures.get(0);
        assertThat(article.text().substring(0, killed.mentions().get(0).start())).isEqualTo("Seoul, South Korea – ");
        for (Figure f : figures) {
            assertThat(f.place() == null || !f.place().name().equals("Seoul")).isTrue();
        }
    }

    private static Figure match(JsonNode g) {
        for (Figure f : figures) {
            long anchor = g.get("value").get("low").isNull() ? g.get("value").get("high").asLong()
                    : g.get("value").get("low").asLong();
            if (f.measure().wireName().equals(g.get("measure").asText())
                    && g.get("subject").get("country").asText().equals(f.subject().country())
                    && f.subject().role().wireName().equals(g.get("subject").get("role").asText())
                    && f.value().anchor() == anchor) {
                return f;
            }
        }
        return null;
    }
}
