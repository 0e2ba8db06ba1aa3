package org.sitrep.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.Measure;
import org.sitrep.series.Estimate;
import org.sitrep.series.Series;
import org.sitrep.series.SeriesJson;

/** {@code GET /api/series} (the list, with the filters of {@code sitrep series}) and {@code GET /api/series/{key}}. */
final class SeriesHandlers {
    private static final List<String> MEASURES = Arrays.stream(Measure.values()).map(Measure::wireName).toList();

    private final SeriesCache cache;

    SeriesHandlers(SeriesCache cache) {
        this.cache = cache;
    }

    /** One line of the series list. */
    record Summary(String key, String title, String measure, String country, String role, String place, int claims,
            String first, String last, Latest latest, int revisions, int conflicts) {
    }

    /** The estimate of the series' latest date; {@code highOpen} when no claim bounds it from above. */
    record Latest(String date, long low, long best, long high, boolean highOpen) {
        static Latest of(Estimate e) {
            return new Latest(e.date().toString(), e.low(), e.best(), e.high(), e.highOpen());
        }
    }

    void list(Context context) {
        Params params = Params.of(context, "country", "measure", "since", "limit", "offset");
        String country = params.country("country");
        Measure measure = params.choice("measure", Measure::fromWire, MEASURES);
        LocalDate since = params.date("since");
        int limit = params.limit();
        int offset = params.offset();
        params.check();
        List<Summary> matching = cache.all().stream()
                .filter(s -> country == null || country.toUpperCase(Locale.ROOT).equals(s.country()))
                .filter(s -> measure == null || measure == s.measure())
                .filter(s -> since == null || s.lastDate().map(d -> !d.isBefore(since)).orElse(false))
                .skip(offset).limit(limit + 1L)
                .map(SeriesHandlers::summary).toList();
        context.json(Page.of(matching, limit, offset));
    }

    void one(Context context) {
        String key = context.pathParam("key");
        Series series = cache.all().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> ApiException.notFound("series " + key));
        try {
            JsonNode body = Json.MAPPER.readTree(SeriesJson.line(series));
            context.json(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Summary summary(Series s) {
        return new Summary(s.key(), s.title(), s.measure().wireName(), s.country(), s.role().wireName(),
                s.place() == null ? null : s.place().name(), s.claims().size(),
                s.firstDate().map(LocalDate::toString).orElse(null), s.lastDate().map(LocalDate::toString).orElse(null),
                s.latestEstimate().map(Latest::of).orElse(null), s.revisions().size(), s.conflicts().size());
    }
}
