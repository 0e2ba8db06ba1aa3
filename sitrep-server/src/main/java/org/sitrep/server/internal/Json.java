package org.sitrep.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.sitrep.core.Article;
import org.sitrep.core.Extraction;
import org.sitrep.io.ClaimJson;
import org.sitrep.store.StoredClaim;

/**
 * The API's JSON: one mapper for request and response bodies, and claims in the claim format exactly as
 * {@code sitrep extract --explain} writes them ({@link ClaimJson}), so the API and the CLI never disagree.
 */
public final class Json {
    /** The mapper of every request and response body. Thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** {@code {"article":{...},"claims":[...]}} in the claim format, with each claim's explain map. */
    static ObjectNode extraction(Extraction extraction) {
        try {
            return (ObjectNode) MAPPER.readTree(ClaimJson.toLine(extraction, true));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A stored claim as the lists show it, as JSON text: the claim in the claim format with {@code date} (the date
     * it holds for) and {@code article} ({@code id}, {@code title}, {@code url}, {@code outlet}, {@code published})
     * added. Spliced from {@link ClaimJson#toLine}, whose object is {@code {"article":{...},"claims":[CLAIM]}}.
     */
    static String claimItem(StoredClaim claim) {
        String line = ClaimJson.toLine(new Extraction(claim.article(), List.of(claim.figure()), List.of()), true);
        int begin = line.indexOf(",\"claims\":[{");
        if (begin < 0 || !line.endsWith("}]}")) {
            throw new IllegalStateException("unexpected claim line: " + line);
        }
        String figure = line.substring(begin + ",\"claims\":[".length(), line.length() - "}]}".length());
        Article article = claim.article();
        ObjectNode about = MAPPER.createObjectNode();
        about.put("id", article.id());
        about.put("title", article.title());
        about.put("url", article.url());
        about.put("outlet", article.outlet());
        about.put("published", article.published() == null ? null : article.published().toString());
        return figure + ",\"date\":" + (claim.date() == null ? "null" : "\"" + claim.date() + "\"")
                + ",\"article\":" + about + "}";
    }
}
