package org.sitrep.series;

import java.util.List;
import java.util.Objects;

/**
 * The front door: groups figure claims from many articles into series (same measure, same subject country and
 * role, same theatre) and, for each, orders the timeline, merges republished copies, marks revisions, flags
 * conflicts, checks casualties against killed plus wounded, and estimates low / best / high per date. The rules are
 * documented in {@code docs/series.md}. Pure and deterministic: the same claims, in any order, give the same series.
 * Immutable and thread-safe; each {@link #build} or {@link #collector()} works on its own state.
 */
public final class SeriesBuilder {
    private final SeriesOptions options;

    private SeriesBuilder(SeriesOptions options) {
        this.options = options;
    }

    /** A builder with {@link SeriesOptions#defaults()}. */
    public static SeriesBuilder create() {
        return create(SeriesOptions.defaults());
    }

    public static SeriesBuilder create(SeriesOptions options) {
        return new SeriesBuilder(Objects.requireNonNull(options, "options"));
    }

    public SeriesOptions options() {
        return options;
    }

    /** The series of {@code claims}, sorted by key. */
    public List<Series> build(Iterable<SeriesClaim> claims) {
        SeriesCollector collector = collector();
        claims.forEach(collector);
        return collector.finish();
    }

    /** A collector to feed claims one at a time, for inputs too large to hold as figures. */
    public SeriesCollector collector() {
        return new SeriesCollector(options);
    }
}
