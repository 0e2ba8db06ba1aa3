package org.sitrep.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Article;

/** The sources: who is cited for what ({@code GET /api/sources}), and through whom ({@code GET /api/sources/{id}}). */
final class SourceHandlers {
    private final StoreView view;

    SourceHandlers(StoreView view) {
        this.view = view;
    }

    /** {@code GET /api/sources[?q=words]}: sources by how many current claims cite them. */
    void list(Context context) {
        Params params = Params.of(context, "q", "limit", "offset");
        String q = params.text("q");
        int limit = params.limit();
        int offset = params.offset();
        params.check();
        context.json(Page.of(view.read(v -> SourceQueries.summaries(v, q, limit + 1, offset)), limit, offset));
    }

    /** {@code GET /api/sources/{id}}: the source, the words that named it, its chains and a page of its claims. */
    void one(Context context) {
        long id = Params.id(context, "id");
        Params params = Params.of(context, "limit", "offset");
        int limit = params.limit();
        int offset = params.offset();
        params.check();
        ObjectNode body = view.read(v -> {
            SourceQueries.Summary source = SourceQueries.one(v, id)
                    .orElseThrow(() -> ApiException.notFound("source " + id));
            List<FigureRows.Row> rows = FigureRows.read(v, "c.current = 1 AND c.id IN (SELECT claim_id FROM "
                    + "claim_sources WHERE source_id = ?)", "c.date DESC, c.id DESC LIMIT ? OFFSET ?", id, limit + 1,
                    offset);
            Map<Long, Article> articles = ArticleQueries.metadata(v, rows.stream().map(FigureRows.Row::articleId)
                    .toList());
            List<ObjectNode> claims = rows.stream()
                    .map(row -> ClaimHandlers.item(articles.get(row.articleId()), row.date(), row.figure())).toList();
            ObjectNode node = Json.MAPPER.valueToTree(source);
            node.set("texts", Json.MAPPER.valueToTree(SourceQueries.texts(v, id)));
            node.set("chains", Json.MAPPER.valueToTree(SourceQueries.chains(v, id)));
            node.set("claims", Json.MAPPER.valueToTree(Page.of(claims, limit, offset)));
            return node;
        });
        context.json(body);
    }
}
