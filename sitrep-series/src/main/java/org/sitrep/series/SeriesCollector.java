package org.sitrep.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.series.internal.Assembled;
import org.sitrep.series.internal.Checks;
import org.sitrep.series.internal.DominantPlaces;
import org.sitrep.series.internal.Entries;
import org.sitrep.series.internal.Entry;

/**
 * Takes claims one at a time (so a store can stream millions of them without holding their figures) and groups them
 * into series on {@link #finish()}. Made by {@link SeriesBuilder#collector()}; single use; not thread-safe.
 */
public final class SeriesCollector implements Consumer<SeriesClaim> {
    private final SeriesOptions options;
    private final Entries entries;
    private final DominantPlaces dominant = new DominantPlaces();
    private final List<Entry> collected = new ArrayList<>();
    private boolean finished;

    SeriesCollector(SeriesOptions options) {
        this.options = options;
        this.entries = new Entries(options);
    }

    @Override
    public void accept(SeriesClaim claim) {
        if (finished) {
            throw new IllegalStateException("the collector has finished");
        }
        Entry entry = entries.of(claim);
        dominant.count(entry);
        collected.add(entry);
    }

    /** How many claims were taken. */
    public int size() {
        return collected.size();
    }

    /** The series, sorted by key. */
    public List<Series> finish() {
        finished = true;
        Map<String, List<Entry>> byKey = new HashMap<>();
        for (Entry entry : collected) {
            Entry placed = entry.theatre() != null ? entry : dominant.place(entry);
            byKey.computeIfAbsent(Assembled.key(placed), key -> new ArrayList<>()).add(placed);
        }
        collected.clear();
        // Each series is assembled on its own: in parallel, collected back in key order.
        List<Assembled> all = byKey.keySet().stream().sorted().toList().parallelStream()
                .map(key -> Assembled.of(key, byKey.get(key), options)).toList();
        return Checks.link(all, options);
    }
}
