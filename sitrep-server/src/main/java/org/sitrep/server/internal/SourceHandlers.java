package org.sitrep.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.ClaimStore;

/** The sources: who is cited for what ({@code GET /api/sources}), and through whom ({@code GET /api/sources/{id}}). */
final class SourceHandlers {
    private final ClaimStore store;
    private final StoreView view;

    SourceHandlers(ClaimStore store, StoreView view) {
        this.store = store;
        this.view = view;
    }

    /** {@code GET /api/sources[?q=words]}: sources by how many current claims cite them. */
    void list(Context context) {
        Page.answer(context, view, SourceQueries::summaries);
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
            ObjectNode node = Json.MAPPER.valueToTree(source);
            node.set("texts", Json.MAPPER.valueToTree(SourceQueries.texts(v, id)));
            node.set("chains", Json.MAPPER.valueToTree(SourceQueries.chains(v, id)));
            return node;
        });
        // The store's source filter: claims any of whose sources has this name (or a longer one containing it).
        List<ObjectNode> claims = store.claims(ClaimQuery.defaults().withSource(body.get("name").asText())
                .withLimit(limit + 1).withOffset(offset)).stream().map(ClaimHandlers::item).toList();
        body.set("claims", Json.MAPPER.valueToTree(Page.of(claims, limit, offset)));
        context.json(body);
    }
}
