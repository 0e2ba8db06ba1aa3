package org.sitrep.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.sitrep.core.Article;
import org.sitrep.extract.Extractor;

/** {@code POST /api/extract}: an article in, its claims out in the claim format (with explain); nothing is stored. */
final class ExtractHandler {
    private final Extractor extractor;
    private final ArticleInput input;

    ExtractHandler(Extractor extractor, ArticleInput input) {
        this.extractor = extractor;
        this.input = input;
    }

    void extract(Context context) {
        Article article = input.read(context);
        ObjectNode body = Json.extraction(extractor.extract(article));
        ((ObjectNode) body.get("article")).put("text", article.text());
        context.json(body);
    }
}
