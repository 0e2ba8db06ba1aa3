package org.sitrep.server.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last responses to read requests, each valid while the store is unchanged: SQLite's {@code data_version}
 * (read by {@link StoreView#dataVersion()}) moves whenever any connection commits, so an article stored through
 * the API or by an ingest beside the server empties it in effect. Least recently used entries go first.
 */
final class ResponseCache {
    private final int capacity;
    private final Map<String, Entry> entries;

    ResponseCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The body cached for {@code key} at store version {@code version}, else {@code compute}'s, then cached. */
    String get(String key, long version, Supplier<String> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null && entry.version() == version) {
                return entry.body();
            }
        }
        String body = compute.get();
        synchronized (this) {
            entries.put(key, new Entry(version, body));
            if (entries.size() > capacity) {
                entries.remove(entries.keySet().iterator().next());
            }
        }
        return body;
    }

    private record Entry(long version, String body) {
    }
}
