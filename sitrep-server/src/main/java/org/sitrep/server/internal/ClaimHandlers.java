package org.sitrep.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.sitrep.core.Article;
import org.sitrep.core.Figure;
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

    ClaimHandlers(ClaimStore store) {
        this.store = store;
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
        List<StoredClaim> claims = store.claims(new ClaimQuery(measure, country, role, source, since, until, text,
                limit + 1, offset));
        List<ObjectNode> items = claims.stream().map(ClaimHandlers::item).toList();
        context.json(Page.of(items, limit, offset));
    }

    /** A claim in the claim format, with the date it holds for and its article's metadata. */
    static ObjectNode item(StoredClaim claim) {
        return item(claim.article(), claim.date(), claim.figure());
    }

    static ObjectNode item(Article article, LocalDate date, Figure figure) {
        ArrayNode claims = Json.claims(article, List.of(figure));
        ObjectNode item = (ObjectNode) claims.get(0);
        item.put("date", date == null ? null : date.toString());
        ObjectNode about = item.putObject("article");
        about.put("id", article.id());
        about.put("title", article.title());
        about.put("url", article.url());
        about.put("outlet", article.outlet());
        about.put("published", article.published() == null ? null : article.published().toString());
        return item;
    }
}
