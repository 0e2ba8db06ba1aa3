package org.sitrep.cli.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Article;
import org.sitrep.core.Extraction;
import org.sitrep.extract.Extractor;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.Sighting;

/**
 * Grows a store to a number of claims with synthetic copies of real extractions, through the store's own batch
 * insert: copy {@code k} of an article is its text with "(copy k)" appended (so every span still points at the same
 * words and the text hash differs), published {@code k * 37} days earlier modulo two years, at the locator
 * {@code bench:copy/k/ID}; its claims are the original's. Inserted {@value #BATCH} articles per transaction.
 */
public final class StoreFill {
    private static final int BATCH = 2_000;
    private static final Instant SEEN = Instant.parse("2025-01-01T00:00:00Z");

    private StoreFill() {
    }

    /** What the fill added. */
    public record Filled(long articles, long claims, double seconds) {
    }

    /** Adds copies of {@code originals} (those with claims) until the store holds at least {@code claims} claims. */
    public static Filled fill(ClaimStore store, List<Extraction> originals, long claims) {
        List<Extraction> sources = originals.stream().filter(e -> !e.claims().isEmpty()).toList();
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no extraction has claims to copy");
        }
        long began = System.nanoTime();
        long have = store.counts().currentClaims();
        long articles = 0;
        long added = 0;
        List<Sighting> batch = new ArrayList<>(BATCH);
        Map<String, Extraction> extractions = new HashMap<>();
        for (int copy = 1; have + added < claims; copy++) {
            for (Extraction original : sources) {
                if (have + added >= claims) {
                    break;
                }
                Article article = copyOf(original.article(), copy);
                batch.add(new Sighting(article, "bench:copy/" + copy + "/" + article.id(), SEEN));
                extractions.put(article.text(), new Extraction(article, original.claims(), List.of()));
                added += original.claims().size();
                articles++;
                if (batch.size() == BATCH) {
                    store.putAll(batch, Extractor.VERSION, a -> extractions.get(a.text()));
                    batch.clear();
                    extractions.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            store.putAll(batch, Extractor.VERSION, a -> extractions.get(a.text()));
        }
        return new Filled(articles, added, (System.nanoTime() - began) / 1e9);
    }

    private static Article copyOf(Article article, int copy) {
        return new Article(article.id() + "-copy" + copy, null, null, article.title(),
                article.published() == null ? null : article.published().minusDays((copy * 37L) % 731),
                article.text() + "\n(copy " + copy + ")\n");
    }
}
