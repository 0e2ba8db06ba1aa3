package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.core.Article;
import org.sitrep.core.Certainty;
import org.sitrep.core.Claim;
import org.sitrep.core.Cue;
import org.sitrep.core.CueKind;
import org.sitrep.core.Extraction;
import org.sitrep.core.Figure;
import org.sitrep.core.Measure;
import org.sitrep.core.Place;
import org.sitrep.core.Precision;
import org.sitrep.core.Role;
import org.sitrep.core.Source;
import org.sitrep.core.SourceKind;
import org.sitrep.core.Span;
import org.sitrep.core.Subject;
import org.sitrep.core.TimeRef;
import org.sitrep.core.Value;
import org.sitrep.io.ClaimLine;

/**
 * Reads a claim-format line back into an {@link Extraction} and the line's {@code extractor_version}. The article's
 * text is its {@code article.text}, empty when the line has none. Every problem is an
 * {@link IllegalArgumentException} naming the field.
 */
public final class ClaimParser {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ClaimParser() {
    }

    public static ClaimLine parse(String line) {
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(Problems.ofJson(e, 0, false), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a claim line must be a JSON object");
        }
        Article article = article(object(root, "article"));
        List<Claim> claims = new ArrayList<>();
        for (JsonNode claim : array(root, "claims")) {
            claims.add(claim(claim));
        }
        return new ClaimLine(new Extraction(article, claims, List.of()), optionalText(root, "extractor_version"));
    }

    private static Article article(JsonNode node) {
        String published = optionalText(node, "published");
        String text = optionalText(node, "text");
        return new Article(text(node, "id"), optionalText(node, "url"), optionalText(node, "outlet"),
                optionalText(node, "title"), published == null ? null : date(published, "article.published"),
                text == null ? "" : text);
    }

    private static Claim claim(JsonNode node) {
        String type = text(node, "type");
        if (!type.equals("figure")) {
            throw new IllegalArgumentException("unsupported claim type: " + type);
        }
        return new Figure(
                text(node, "id"),
                wire(node, "measure", Measure::fromWire),
                subject(object(node, "subject")),
                value(object(node, "value")),
                list(node, "sources", ClaimParser::source),
                wire(node, "certainty", Certainty::fromWire),
                list(node, "cues", ClaimParser::cue),
                nullable(node.get("place"), ClaimParser::place),
                nullable(node.get("time"), ClaimParser::time),
                list(node, "mentions", ClaimParser::span),
                explain(node.get("explain")));
    }

    private static Subject subject(JsonNode node) {
        return new Subject(optionalText(node, "text"), optionalText(node, "country"),
                wire(node, "role", Role::fromWire), nullable(node.get("span"), ClaimParser::span));
    }

    private static Value value(JsonNode node) {
        JsonNode approx = node.get("approx");
        if (approx == null || !approx.isBoolean()) {
            throw new IllegalArgumentException("value.approx must be true or false");
        }
        return new Value(optionalText(node, "text"), optionalLong(node, "low"), optionalLong(node, "high"),
                approx.booleanValue(), nullable(node.get("span"), ClaimParser::span));
    }

    private static Source source(JsonNode node) {
        return new Source(optionalText(node, "text"), text(node, "name"), wire(node, "kind", SourceKind::fromWire),
                optionalText(node, "country"), nullable(node.get("span"), ClaimParser::span));
    }

    private static Cue cue(JsonNode node) {
        return new Cue(text(node, "text"), wire(node, "kind", CueKind::fromWire), span(object(node, "span")));
    }

    private static Place place(JsonNode node) {
        return new Place(text(node, "name"), optionalText(node, "text"), optionalText(node, "country"),
                optionalDouble(node, "lat"), optionalDouble(node, "lon"), wire(node, "precision", Precision::fromWire),
                nullable(node.get("span"), ClaimParser::span));
    }

    private static TimeRef time(JsonNode node) {
        return new TimeRef(optionalText(node, "text"), date(text(node, "start"), "time.start"),
                date(text(node, "end"), "time.end"), wire(node, "precision", Precision::fromWire),
                nullable(node.get("span"), ClaimParser::span));
    }

    private static Span span(JsonNode node) {
        JsonNode start = node.get("start");
        JsonNode end = node.get("end");
        if (start == null || end == null || !start.canConvertToInt() || !end.canConvertToInt()
                || !start.isIntegralNumber() || !end.isIntegralNumber()) {
            throw new IllegalArgumentException("a span needs integer start and end: " + node);
        }
        return new Span(start.intValue(), end.intValue());
    }

    private static Map<String, String> explain(JsonNode node) {
        Map<String, String> explain = new LinkedHashMap<>();
        if (node != null && !node.isNull()) {
            if (!node.isObject()) {
                throw new IllegalArgumentException("explain must be an object");
            }
            node.fields().forEachRemaining(field -> explain.put(field.getKey(), field.getValue().asText()));
        }
        return explain;
    }

    private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> element) {
        List<T> values = new ArrayList<>();
        for (JsonNode item : array(node, field)) {
            values.add(element.apply(item));
        }
        return values;
    }

    private static <T> T nullable(JsonNode node, Function<JsonNode, T> reader) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected an object or null: " + node);
        }
        return reader.apply(node);
    }

    private static <E> E wire(JsonNode node, String field, Function<String, E> fromWire) {
        String name = text(node, field);
        try {
            return fromWire.apply(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + field + ": " + name, e);
        }
    }

    private static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException(field + " must be an object");
        }
        return value;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException(field + " must be an array");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value == null) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string: " + value);
        }
        return value.textValue();
    }

    private static Long optionalLong(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(field + " must be an integer: " + value);
        }
        return value.longValue();
    }

    private static Double optionalDouble(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(field + " must be a number: " + value);
        }
        return value.doubleValue();
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an ISO date: " + value, e);
        }
    }
}
