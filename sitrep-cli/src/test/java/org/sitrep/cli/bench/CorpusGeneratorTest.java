package org.sitrep.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;

class CorpusGeneratorTest {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");

    @Test
    void sameSeedGivesSameArticles() {
        assertThat(CorpusGenerator.seeded(7).next(50)).isEqualTo(CorpusGenerator.seeded(7).next(50));
    }

    @Test
    void otherSeedGivesOtherArticles() {
        assertThat(CorpusGenerator.seeded(7).next(5)).isNotEqualTo(CorpusGenerator.seeded(8).next(5));
    }

    @Test
    void thousandArticlesHaveDistinctTexts() {
        List<Article> articles = CorpusGenerator.seeded(1).next(1000);

        assertThat(articles).extracting(Article::text).doesNotHaveDuplicates();
        assertThat(articles).extracting(Article::id).doesNotHaveDuplicates().startsWith("gen-000001", "gen-000002");
    }

    @Test
    void articlesHaveTitlesDatesAndThreeOrMoreParagraphs() {
        for (Article article : CorpusGenerator.seeded(3).next(200)) {
            assertThat(article.title()).isNotBlank().hasSizeLessThanOrEqualTo(100);
            assertThat(article.published()).isBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
            assertThat(article.text().split("\n\n")).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void generatesAtLeastTheRequestedBytesAndNotMuchMore() {
        List<Article> articles = CorpusGenerator.seeded(5).nextBytes(500_000);

        long bytes = articles.stream().mapToLong(article -> CorpusGenerator.utf8Length(article.text())).sum();
        long lastBytes = CorpusGenerator.utf8Length(articles.get(articles.size() - 1).text());
        assertThat(bytes).isGreaterThanOrEqualTo(500_000).isLessThan(500_000 + lastBytes);
        assertThat(bytes / articles.size()).as("average article bytes").isBetween(1_500L, 5_000L);
    }

    @Test
    void drawsNumbersThatAreNotInThePool() {
        Set<String> poolNumbers = numbers(String.join("\n", SentencePool.load().sentences()));
        Set<String> generatedNumbers = new HashSet<>();
        CorpusGenerator.seeded(11).next(200).forEach(article -> generatedNumbers.addAll(numbers(article.text())));

        generatedNumbers.removeAll(poolNumbers);
        assertThat(generatedNumbers).hasSizeGreaterThan(500);
    }

    @Test
    void variesSomeArticlesWithDatelinesBylinesAndCutOffs() {
        List<String> texts = CorpusGenerator.seeded(13).next(300).stream().map(Article::text).toList();

        assertThat(texts).anyMatch(text -> text.matches("(?s)^[A-Z][A-Z ]+(, [A-Za-z]+)?( [0-9]+)? [—–-] .*"));
        assertThat(texts).anyMatch(text -> text.startsWith("By "));
        assertThat(texts).anyMatch(text -> !text.endsWith("\n"));
    }

    private static Set<String> numbers(String text) {
        Set<String> numbers = new HashSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }
}
