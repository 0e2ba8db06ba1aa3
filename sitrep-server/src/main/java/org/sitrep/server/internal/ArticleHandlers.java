package org.sitrep.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.Article;
import org.sitrep.core.Claim;
import org.sitrep.core.Extraction;
import org.sitrep.extract.Extractor;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.PutOutcome;
import org.sitrep.store.Sighting;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredClaim;

/** The articles: the latest first or by full-text search, one with its claims and offsets, and ingesting one. */
final class ArticleHandlers {
    private final ClaimStore store;
    private final StoreView view;
    private final Extractor extractor;
    private final ArticleInput input;
    private final Clock clock;

    ArticleHandlers(ClaimStore store, StoreView view, Extractor extractor, ArticleInput input, Clock clock) {
        this.store = store;
        this.view = view;
        this.extractor = extractor;
        this.input = input;
        this.clock = clock;
    }

    /** {@code GET /api/articles[?q=words]}: current articles, newest stored first, with their claim counts. */
    void list(Context context) {
        Page.answer(context, view, ArticleQueries::summaries);
    }

    /** {@code GET /api/articles/{id}}: the text, its appearances and its claims with every span. */
    void one(Context context) {
        long id = Params.id(context, "id");
        StoredArticle stored = store.article(id).orElseThrow(() -> ApiException.notFound("article " + id));
        ObjectNode body = Json.extraction(new Extraction(stored.article(), claimsOf(stored), List.of()));
        ObjectNode article = (ObjectNode) body.get("article");
        article.put("text", stored.article().text());
        body.put("id", stored.id());
        body.put("extractorVersion", stored.extractorVersion());
        body.put("current", stored.current());
        body.set("appearances", Json.MAPPER.valueToTree(view.read(v -> ArticleQueries.appearances(v, id))));
        context.json(body);
    }

    /** The article's stored claims with every span, under their stable store ids. */
    private List<Claim> claimsOf(StoredArticle stored) {
        List<Claim> claims = new ArrayList<>();
        for (StoredClaim claim : store.claimsOf(stored.id())) {
            claims.add(claim.figure());
        }
        return claims;
    }

    /** {@code POST /api/articles}: extracts and stores one article (idempotent per text), 201 with what happened. */
    void ingest(Context context) {
        Article article = input.read(context);
        String locator = article.url() != null ? article.url() : "api:" + article.id();
        PutOutcome outcome = store.put(new Sighting(article, locator, clock.instant()), Extractor.VERSION,
                () -> extractor.extract(article));
        context.status(outcome.kind() == PutOutcome.Kind.UNCHANGED ? 200 : 201);
        context.header("Location", "/api/articles/" + outcome.articleId());
        context.json(new Ingested(outcome.kind().name().toLowerCase(Locale.ROOT), outcome.articleId(),
                outcome.articleKey(), outcome.claims()));
    }

    /**
     * What {@code POST /api/articles} did: {@code new}, {@code new_version}, {@code new_appearance} or
     * {@code unchanged}.
     */
    record Ingested(String outcome, long id, String key, int claims) {
    }
}
