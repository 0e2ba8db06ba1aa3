package org.sitrep.server.internal;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.List;

/**
 * One page of a list in a stable order: {@code next} is the offset of the following page, null on the last one.
 */
record Page<T>(List<T> items, int limit, int offset, Integer next) {
    Page {
        items = List.copyOf(items);
    }

    /** A page from {@code fetched}, up to {@code limit + 1} items: the extra one says a next page exists. */
    static <T> Page<T> of(List<T> fetched, int limit, int offset) {
        boolean more = fetched.size() > limit;
        return new Page<>(more ? fetched.subList(0, limit) : fetched, limit, offset, more ? offset + limit : null);
    }

    /** A searchable list of the store: up to {@code limit} items from {@code offset}, matching {@code q} if given. */
    @FunctionalInterface
    interface Search<T> {
        List<T> find(StoreView view, String q, int limit, int offset) throws SQLException;
    }

    /** Answers {@code GET ...[?q=words][&limit=N][&offset=N]} with one page of {@code search}. */
    static <T> void answer(Context context, StoreView view, Search<T> search) {
        Params params = Params.of(context, "q", "limit", "offset");
        String q = params.text("q");
        int limit = params.limit();
        int offset = params.offset();
        params.check();
        context.json(of(view.read(v -> search.find(v, q, limit + 1, offset)), limit, offset));
    }
}
