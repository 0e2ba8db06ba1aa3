package org.sitrep.extract;

import org.sitrep.core.Article;
import org.sitrep.core.Extraction;
import org.sitrep.extract.internal.Lexicon;
import org.sitrep.extract.internal.Pipeline;

/**
 * The front door of the pipeline: an immutable, thread-safe object that turns an article into claims.
 * Lexicons and gazetteers load once, in {@link #create()}; {@link #extract(Article)} allocates only
 * per-article state, so one instance serves every thread.
 */
public final class Extractor {
    /** The version of the rules, stored with every extraction so a newer extractor can re-run older articles. */
    public static final String VERSION = "0.1.0";

    private final Pipeline pipeline;

    private Extractor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the lexicons and gazetteer (a few hundred milliseconds); share the result. */
    public static Extractor create() {
        return new Extractor(new Pipeline(Lexicon.load()));
    }

    /** The article's figure claims in text order, with diagnostics for anything odd about its text. */
    public Extraction extract(Article article) {
        return pipeline.run(article);
    }
}
