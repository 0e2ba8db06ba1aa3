package org.sitrep.extract.internal;

import java.util.List;
import org.sitrep.core.Cue;
import org.sitrep.core.Source;

/**
 * Who a sentence's figures are attributed to: the chain, nearest first, the cue words that decided it, the
 * token where the attribution sits (to pick among several in one sentence), and the rule that found it.
 */
record Attribution(int at, List<Source> chain, List<Cue> cues, String rule) {
    Attribution {
        chain = List.copyOf(chain);
        cues = List.copyOf(cues);
    }

    static final Attribution NONE = new Attribution(-1, List.of(), List.of(), "attribution.own-voice");
}
