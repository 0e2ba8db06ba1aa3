package org.sitrep.extract;

import java.util.List;
import org.sitrep.core.Article;
import org.sitrep.core.Figure;

/** One shared extractor for the tests (it is immutable and thread-safe) and small helpers around it. */
final class Extracted {
    static final Extractor EXTRACTOR = Extractor.create();

    private Extracted() {
    }

    static List<Figure> figures(String text) {
        return figures(Article.of("t", text));
    }

    static List<Figure> figures(Article article) {
        return EXTRACTOR.extract(article).claims().stream().map(Figure.class::cast).toList();
    }

    static Figure only(String text) {
        List<Figure> all = figures(text);
        if (all.size() != 1) {
            throw new AssertionError("expected one figure in «" + text + "», got " + all);
        }
        return all.get(0);
    }

    static List<String> chain(Figure f) {
        return f.sources().stream().map(s -> s.name()).toList();
    }
}
