package org.sitrep.cli.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.sitrep.core.Article;

/**
 * Composes distinct, varied articles from a pool of sentences taken from the dev corpus, so a benchmark reads
 * megabytes of text without replaying the same 69 articles. Each article has 3 to 12 paragraphs of 1 to 4
 * sentences with every number re-drawn; some get a swapped pair of nations, a dateline, a byline, a photo
 * caption, or are cut off mid-sentence like a live-blog fragment. Ids run {@code gen-000001}, {@code gen-000002},
 * ...; publication dates fall in 2024–2025; the title is the first sentence.
 *
 * <p>The same seed gives the same articles in the same order. An instance is not thread-safe.
 */
public final class CorpusGenerator {
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 731;
    private static final int TITLE_LIMIT = 100;

    private final SentencePool pool;
    private final SplittableRandom random;
    private int generated;

    private CorpusGenerator(SentencePool pool, long seed) {
        this.pool = pool;
        this.random = new SplittableRandom(seed);
    }

    public static CorpusGenerator seeded(long seed) {
        return new CorpusGenerator(SentencePool.load(), seed);
    }

    /** The next article. */
    public Article next() {
        generated++;
        String id = String.format(Locale.ROOT, "gen-%06d", generated);
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        List<String> paragraphs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int paragraphCount = 3 + random.nextInt(10);
        for (int p = 0; p < paragraphCount; p++) {
            paragraphs.add(paragraph(1 + random.nextInt(4), used));
        }
        paragraphs.replaceAll(NationSwap.choose(String.join(" ", paragraphs), 0.4, random));
        String title = title(paragraphs.get(0));
        dress(paragraphs, published);
        String text = String.join("\n\n", paragraphs) + "\n";
        if (random.nextInt(10) == 0) {
            text = cutOff(text);
        }
        return new Article(id, null, null, title, published, text);
    }

    /** The next {@code count} articles. */
    public List<Article> next(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(next());
        }
        return articles;
    }

    /** The next articles until their texts reach at least {@code minBytes} bytes of UTF-8 together. */
    public List<Article> nextBytes(long minBytes) {
        List<Article> articles = new ArrayList<>();
        long bytes = 0;
        while (bytes < minBytes) {
            Article article = next();
            articles.add(article);
            bytes += utf8Length(article.text());
        }
        return articles;
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A paragraph of sentences not {@code used} before in this article (a few draws, then a repeat is fine). */
    private String paragraph(int sentenceCount, Set<String> used) {
        StringBuilder paragraph = new StringBuilder();
        for (int s = 0; s < sentenceCount; s++) {
            String sentence = pool.pick(random);
            for (int retry = 0; retry < 3 && !used.add(sentence); retry++) {
                sentence = pool.pick(random);
            }
            paragraph.append(s == 0 ? "" : " ").append(NumberRedrawer.redraw(sentence, random));
        }
        return paragraph.toString();
    }

    private void dress(List<String> paragraphs, LocalDate published) {
        if (random.nextInt(10) < 3) {
            paragraphs.set(0, Trimmings.dateline(published, random) + paragraphs.get(0));
        }
        if (random.nextInt(10) < 2) {
            paragraphs.add(1 + random.nextInt(paragraphs.size()), Trimmings.caption(published, random));
        }
        if (random.nextInt(10) < 2) {
            paragraphs.add(0, Trimmings.byline(random));
        }
    }

    private String cutOff(String text) {
        int from = text.lastIndexOf("\n\n") + 2;
        int cut = text.lastIndexOf(' ', from + random.nextInt(Math.max(1, text.length() - from)));
        return cut > from ? text.substring(0, cut) : text;
    }

    private static String title(String firstParagraph) {
        int end = firstParagraph.indexOf(". ");
        String sentence = end < 0 ? firstParagraph : firstParagraph.substring(0, end);
        if (sentence.endsWith(".")) {
            sentence = sentence.substring(0, sentence.length() - 1);
        }
        if (sentence.length() > TITLE_LIMIT) {
            int space = sentence.lastIndexOf(' ', TITLE_LIMIT);
            sentence = sentence.substring(0, space > 0 ? space : TITLE_LIMIT);
        }
        return sentence;
    }
}
