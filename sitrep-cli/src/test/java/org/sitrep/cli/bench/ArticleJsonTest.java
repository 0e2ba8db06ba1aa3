package org.sitrep.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;

class ArticleJsonTest {
    @Test
    void writesEveryFieldOnOneLineWithNullsForMissingOnes() {
        Article article = new Article("gen-000007", null, null, "Title", LocalDate.of(2025, 3, 9), "Text.");

        assertThat(ArticleJson.line(article)).isEqualTo("{\"id\":\"gen-000007\",\"url\":null,\"outlet\":null,"
                + "\"title\":\"Title\",\"published\":\"2025-03-09\",\"text\":\"Text.\"}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersButNotUnicode() {
        Article article = Article.of("a", "He said \"no\" \\ KYIV — \u0001\n\ttwo\r");

        assertThat(ArticleJson.line(article)).endsWith(
                "\"text\":\"He said \\\"no\\\" \\\\ KYIV — \\u0001\\n\\ttwo\\r\"}");
    }
}
