package org.sitrep.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.sitrep.core.Article;
import org.sitrep.core.Claim;
import org.sitrep.core.Extraction;
import org.sitrep.io.ClaimJson;

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

    /** The claims of one article in the claim format. */
    static ArrayNode claims(Article article, List<? extends Claim> claims) {
        return (ArrayNode) extraction(new Extraction(article, List.copyOf(claims), List.of())).get("claims");
    }
}
