package org.sitrep.series.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The duplicate rule: claims of one series from the same source with the same bounds, dated at most
 * {@code days} apart (wire copy, syndication, one statement reported by several outlets), are one claim listing
 * every article. The earliest copy (then the smallest id) stands for the others.
 */
public final class Duplicates {
    private Duplicates() {
    }

    /** {@code timeline}, in timeline order, with copies merged into their first. */
    public static List<Entry> merge(List<Entry> timeline, int days) {
        List<Entry> merged = new ArrayList<>(timeline.size());
        Map<Key, Integer> open = new HashMap<>();
        for (Entry entry : timeline) {
            Key key = new Key(entry.sourceKey(), entry.bounds().low(), entry.bounds().high());
            Integer at = open.get(key);
            if (at != null && close(merged.get(at), entry, days)) {
                merged.set(at, merged.get(at).mergedWith(entry));
            } else {
                open.put(key, merged.size());
                merged.add(entry);
            }
        }
        return merged;
    }

    private static boolean close(Entry first, Entry copy, int days) {
        if (first.date() == null || copy.date() == null) {
            return Objects.equals(first.date(), copy.date());
        }
        return Math.abs(Timeline.days(first.date(), copy.date())) <= days;
    }

    private record Key(String source, Long low, Long high) {
    }
}
