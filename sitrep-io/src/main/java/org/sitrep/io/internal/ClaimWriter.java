package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Article;
import org.sitrep.core.Claim;
import org.sitrep.core.Cue;
import org.sitrep.core.Extraction;
import org.sitrep.core.Figure;
import org.sitrep.core.Place;
import org.sitrep.core.Source;
import org.sitrep.core.Span;
import org.sitrep.core.Subject;
import org.sitrep.core.TimeRef;
import org.sitrep.core.Value;
import org.sitrep.io.LineOptions;

/** Writes an extraction in the claim format, fields in the order of the format's example; absent values as null. */
public final class ClaimWriter {
    /** The order of a claim's fields, which also orders the keys of {@code explain}. */
    private static final List<String> CLAIM_FIELDS = List.of(
            "id", "type", "measure", "subject", "value", "sources", "certainty", "cues", "place", "time", "mentions");

    /** Keys naming a claim field ("sources", "subject.country") in field order, then any others alphabetically. */
    private static final Comparator<String> EXPLAIN_ORDER = Comparator
            .comparingInt((String key) -> {
                int rank = CLAIM_FIELDS.indexOf(key.split("\\.", 2)[0]);
                return rank < 0 ? CLAIM_FIELDS.size() : rank;
            })
            .thenComparing(Comparator.naturalOrder());

    private final JsonGenerator out;

    private ClaimWriter(JsonGenerator out) {
        this.out = out;
    }

    public static void write(JsonGenerator out, Extraction extraction, LineOptions options) throws IOException {
        new ClaimWriter(out).extraction(extraction, options);
    }

    private void extraction(Extraction extraction, LineOptions options) throws IOException {
        out.writeStartObject();
        out.writeFieldName("article");
        article(extraction.article(), options.text());
        out.writeArrayFieldStart("claims");
        for (Claim claim : extraction.claims()) {
            if (claim instanceof Figure figure) {
                figure(figure, options.explain());
            } else {
                throw new IllegalArgumentException("no JSON form for claim type " + claim.type());
            }
        }
        out.writeEndArray();
        if (options.extractorVersion() != null) {
            out.writeStringField("extractor_version", options.extractorVersion());
        }
        out.writeEndObject();
    }

    private void article(Article article, boolean text) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", article.id());
        out.writeStringField("url", article.url());
        out.writeStringField("outlet", article.outlet());
        out.writeStringField("title", article.title());
        out.writeStringField("published", article.published() == null ? null : article.published().toString());
        out.writeStringField("language", Article.LANGUAGE);
        if (text) {
            out.writeStringField("text", article.text());
        }
        out.writeEndObject();
    }

    private void figure(Figure figure, boolean explain) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", figure.id());
        out.writeStringField("type", figure.type());
        out.writeStringField("measure", figure.measure().wireName());
        subject(figure.subject());
        value(figure.value());
        attribution(figure);
        out.writeFieldName("place");
        place(figure.place());
        out.writeFieldName("time");
        time(figure.time());
        out.writeArrayFieldStart("mentions");
        for (Span mention : figure.mentions()) {
            span(mention);
        }
        out.writeEndArray();
        if (explain) {
            explain(figure.explain());
        }
        out.writeEndObject();
    }

    private void subject(Subject subject) throws IOException {
        out.writeObjectFieldStart("subject");
        out.writeStringField("text", subject.text());
        out.writeStringField("country", subject.country());
        out.writeStringField("role", subject.role().wireName());
        spanField(subject.span());
        out.writeEndObject();
    }

    private void value(Value value) throws IOException {
        out.writeObjectFieldStart("value");
        out.writeStringField("text", value.text());
        numberField("low", value.low());
        numberField("high", value.high());
        out.writeBooleanField("approx", value.approx());
        spanField(value.span());
        out.writeEndObject();
    }

    /** Sources, certainty and cues: the fields every claim type shares. */
    private void attribution(Claim claim) throws IOException {
        out.writeArrayFieldStart("sources");
        for (Source source : claim.sources()) {
            out.writeStartObject();
            out.writeStringField("text", source.text());
            out.writeStringField("name", source.name());
            out.writeStringField("kind", source.kind().wireName());
            out.writeStringField("country", source.country());
            spanField(source.span());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeStringField("certainty", claim.certainty().wireName());
        out.writeArrayFieldStart("cues");
        for (Cue cue : claim.cues()) {
            out.writeStartObject();
            out.writeStringField("text", cue.text());
            out.writeStringField("kind", cue.kind().wireName());
            spanField(cue.span());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private void place(Place place) throws IOException {
        if (place == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeStringField("name", place.name());
        out.writeStringField("text", place.text());
        out.writeStringField("country", place.country());
        numberField("lat", place.lat());
        numberField("lon", place.lon());
        out.writeStringField("precision", place.precision().wireName());
        spanField(place.span());
        out.writeEndObject();
    }

    private void time(TimeRef time) throws IOException {
        if (time == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeStringField("text", time.text());
        out.writeStringField("start", time.start().toString());
        out.writeStringField("end", time.end().toString());
        out.writeStringField("precision", time.precision().wireName());
        spanField(time.span());
        out.writeEndObject();
    }

    private void explain(Map<String, String> explain) throws IOException {
        out.writeObjectFieldStart("explain");
        List<String> keys = explain.keySet().stream().sorted(EXPLAIN_ORDER).toList();
        for (String key : keys) {
            out.writeStringField(key, explain.get(key));
        }
        out.writeEndObject();
    }

    private void spanField(Span span) throws IOException {
        out.writeFieldName("span");
        if (span == null) {
            out.writeNull();
        } else {
            span(span);
        }
    }

    private void span(Span span) throws IOException {
        out.writeStartObject();
        out.writeNumberField("start", span.start());
        out.writeNumberField("end", span.end());
        out.writeEndObject();
    }

    private void numberField(String name, Number number) throws IOException {
        out.writeFieldName(name);
        if (number == null) {
            out.writeNull();
        } else if (number instanceof Double d) {
            out.writeNumber(d);
        } else {
            out.writeNumber(number.longValue());
        }
    }
}
