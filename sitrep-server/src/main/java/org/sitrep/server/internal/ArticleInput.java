package org.sitrep.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.Article;
import org.sitrep.store.ContentHash;

/**
 * The article a request body carries: plain text ({@code text/plain}, the whole body is the text) or an article JSON
 * object ({@code application/json}: {@code text} required; {@code id}, {@code url}, {@code outlet}, {@code title},
 * {@code published} optional), as {@code sitrep extract} reads a {@code .json} file. Without an id the article is
 * named by its content ({@code api-} and the first digits of the text's hash), so posting a text twice is idempotent.
 */
final class ArticleInput {
    private static final Set<String> FIELDS = Set.of("id", "url", "outlet", "title", "published", "text");

    private final ObjectMapper json;

    ArticleInput(ObjectMapper json) {
        this.json = json;
    }

    Article read(Context context) {
        String type = context.contentType() == null ? "" : context.contentType().toLowerCase(Locale.ROOT);
        String body = context.body();
        if (type.startsWith("application/json")) {
            return fromJson(body);
        }
        if (!type.isEmpty() && !type.startsWith("text/plain")) {
            throw ApiException.badRequest("Content-Type", "must be text/plain or application/json, not " + type);
        }
        if (body.isBlank()) {
            throw ApiException.badRequest("text", "the body is empty");
        }
        return new Article(defaultId(body), null, null, null, null, normalise(body));
    }

    private Article fromJson(String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("body", "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object with a text field");
        }
        List<ApiException.FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(new ApiException.FieldError(name, "unknown field; known: id, url, outlet, title, "
                        + "published, text"));
            }
        }
        String text = string(node, "text", errors);
        if (text == null && errors.stream().noneMatch(e -> e.field().equals("text"))) {
            errors.add(new ApiException.FieldError("text", "required, a non-empty string"));
        }
        String id = string(node, "id", errors);
        String url = string(node, "url", errors);
        String outlet = string(node, "outlet", errors);
        String title = string(node, "title", errors);
        LocalDate published = date(string(node, "published", errors), errors);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        String normalised = normalise(text);
        return new Article(id != null ? id : defaultId(normalised), url, outlet, title, published, normalised);
    }

    private static String string(JsonNode node, String field, List<ApiException.FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new ApiException.FieldError(field, "must be a string"));
            return null;
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    private static LocalDate date(String value, List<ApiException.FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new ApiException.FieldError("published", "must be a date, YYYY-MM-DD"));
            return null;
        }
    }

    /** Line ends as the file readers leave them: CRLF and CR become LF, so offsets agree with {@code sitrep extract}. */
    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String defaultId(String text) {
        return "api-" + ContentHash.key(ContentHash.of(normalise(text)));
    }
}
