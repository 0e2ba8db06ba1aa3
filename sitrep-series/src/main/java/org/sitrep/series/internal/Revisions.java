package org.sitrep.series.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.series.Revision;

/**
 * The revision rule: a named source whose claim in a series gives other bounds than its previous dated claim there
 * has revised its figure. Denials, undated claims and unnamed or unattributed sources revise nothing.
 */
public final class Revisions {
    private Revisions() {
    }

    public static List<Revision> find(List<Entry> timeline) {
        List<Revision> revisions = new ArrayList<>();
        Map<String, Entry> previous = new HashMap<>();
        for (Entry entry : timeline) {
            if (!entry.named() || entry.denied() || entry.date() == null) {
                continue;
            }
            Entry before = previous.put(entry.sourceKey(), entry);
            if (before != null && !before.bounds().sameBounds(entry.bounds())) {
                revisions.add(new Revision(before.claimId(), entry.claimId(), entry.origin()));
            }
        }
        return revisions;
    }
}
