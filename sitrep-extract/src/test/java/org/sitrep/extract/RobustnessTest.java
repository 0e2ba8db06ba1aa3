package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.Claim;
import org.sitrep.core.Extraction;
import org.sitrep.core.Figure;
import org.sitrep.core.Span;

/** Messy text never breaks the extractor, offsets stay inside the text, and threads share one extractor. */
class RobustnessTest {
    private static String seedText() throws IOException {
        try (InputStream in = RobustnessTest.class.getResourceAsStream("/articles/seed.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = json.indexOf("\"text\": \"") + 9;
            return json.substring(start, json.lastIndexOf('"')).replace("\\n", "\n");
        }
    }

    @Test
    void everyCutOffEndingStillExtractsWithSpansInsideTheText() throws IOException {
        String text = seedText();
        for (int cut = 0; cut <= text.length(); cut += 3) {
            String part = text.substring(0, cut);
            Extraction e = Extracted.EXTRACTOR.extract(Article.of("cut", part));
            for (Claim c : e.claims()) {
                Figure f = (Figure) c;
                assertInside(f.value().span(), part);
                f.mentions().forEach(m -> assertInside(m, part));
                f.cues().forEach(q -> assertInside(q.span(), part));
                assertThat(f.mentions()).anySatisfy(m -> assertThat(m.contains(f.value().span())).isTrue());
            }
        }
    }

    @Test
    void randomJunkAndHostileTextNeverThrow() {
        SplittableRandom random = new SplittableRandom(7);
        String[] pieces = {"300", "3,000", "at least", "killed", "soldiers", "\u201c", "\u201d", ".", ",", "said", "Lee",
            "according to", "\n\n", "\ud83e\ude96", "-", "\u2013", "(", ")", "'s", "citing", "of them", "U.S.", "Dec.", "A",
            "between", "and", "to", "million", "K", "\u0000", "\t", "reportedly", "1.5", "99999999999999999999", "half a"};
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String text = b.toString();
            assertThatCode(() -> Extracted.EXTRACTOR.extract(Article.of("junk", text))).as(text).doesNotThrowAnyException();
        }
    }

    @Test
    void offsetsCountUtf16CodeUnitsAfterCharactersOutsideTheBmp() {
        String text = "\ud83e\ude96\ud83d\udca5 Around 300 North Korean soldiers were killed, officials said.";
        Figure f = Extracted.only(text);
        assertThat(f.value().span().of(text)).isEqualTo("Around 300");
        assertThat(f.value().span().start()).isEqualTo(text.indexOf("Around"));
        assertThat(f.subject().span().of(text)).isEqualTo("North Korean soldiers");
    }

    @Test
    void oneExtractorGivesTheSameResultsOnManyThreads() throws Exception {
        String text = seedText();
        Extraction expected = Extracted.EXTRACTOR.extract(Article.of("seed", text));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> runs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                runs.add(pool.submit(() -> Extracted.EXTRACTOR.extract(Article.of("seed", text))));
            }
            for (Future<Extraction> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyAndWordlessArticlesGiveNoClaims() {
        assertThat(Extracted.figures("")).isEmpty();
        assertThat(Extracted.figures("   \n\n  ")).isEmpty();
        assertThat(Extracted.figures("...!!! ??? --")).isEmpty();
    }

    private static void assertInside(Span span, String text) {
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
    }
}
