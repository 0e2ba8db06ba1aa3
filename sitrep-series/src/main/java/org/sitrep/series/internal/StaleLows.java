package org.sitrep.series.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latest claims of sources that have gone stale in a cumulative series, kept only for their lower bounds (a
 * running total does not fall): the highest lower bound and its claim, each source's claim replaceable by its next.
 */
final class StaleLows {
    private final TreeMap<Long, TreeMap<String, Entry>> byLow = new TreeMap<>();
    private final Map<String, Entry> byOrigin = new HashMap<>();

    void add(String origin, Entry entry) {
        remove(origin);
        if (entry.bounds().low() == null) {
            return;
        }
        byOrigin.put(origin, entry);
        byLow.computeIfAbsent(entry.bounds().low(), low -> new TreeMap<>()).put(entry.claimId(), entry);
    }

    void remove(String origin) {
        Entry entry = byOrigin.remove(origin);
        if (entry == null) {
            return;
        }
        TreeMap<String, Entry> atLow = byLow.get(entry.bounds().low());
        atLow.remove(entry.claimId());
        if (atLow.isEmpty()) {
            byLow.remove(entry.bounds().low());
        }
    }

    boolean isEmpty() {
        return byOrigin.isEmpty();
    }

    /** The claim with the highest lower bound (the smallest id among equals); null when empty. */
    Entry highest() {
        return byLow.isEmpty() ? null : byLow.lastEntry().getValue().firstEntry().getValue();
    }
}
