package org.sitrep.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.StoredClaim;

/** {@code GET /api/claims}: the current claims with the filters of {@code sitrep claims}, newest first, a page at a time. */
final class ClaimHandlers {
    private static final List<String> MEASURES = Arrays.stream(Measure.values()).map(Measure::wireName).toList();
    private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::wireName).toList();

    private final ClaimStore store;
    private final StoreView view;
    private final ResponseCache cache;

    ClaimHandlers(ClaimStore store, StoreView view, ResponseCache cache) {
        this.store = store;
        this.view = view;
        this.cache = cache;
    }

    void list(Context context) {
        Params params = Params.of(context, "measure", "country", "role", "source", "since", "until", "text", "limit",
                "offset");
        Measure measure = params.choice("measure", Measure::fromWire, MEASURES);
        String country = params.country("country");
        Role role = params.choice("role", Role::fromWire, ROLES);
        String source = params.text("source");
        LocalDate since = params.date("since");
        LocalDate until = params.date("until");
        String text = params.text("text");
        int limit = params.limit();
        int offset = params.offset();
        params.check();
        ClaimQuery query = new ClaimQuery(measure, country, role, source, since, until, text, limit + 1, offset);
        context.contentType("application/json").result(cache.get(query.toString(), view.dataVersion(),
                () -> page(store.claims(query), limit, offset)));
    }

    private static String page(List<StoredClaim> claims, int limit, int offset) {
        Page<StoredClaim> page = Page.of(claims, limit, offset);
        // Written as text: each claim exactly as ClaimJson writes it, with no tree in between (the hot path).
        StringBuilder body = new StringBuilder(1_024 + page.items().size() * 1_200).append("{\"items\":[");
        for (int i = 0; i < page.items().size(); i++) {
            body.append(i == 0 ? "" : ",").append(Json.claimItem(page.items().get(i)));
        }
        body.append("],\"limit\":").append(limit).append(",\"offset\":").append(offset)
                .append(",\"next\":").append(page.next()).append('}');
        return body.toString();
    }

    /** A claim as the lists show it (see {@link Json#claimItem}), as a tree to embed in a larger body. */
    static ObjectNode item(StoredClaim claim) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(Json.claimItem(claim));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
