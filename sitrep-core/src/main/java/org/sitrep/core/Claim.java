package org.sitrep.core;

import java.util.List;
import java.util.Map;

/**
 * A statement the article makes or relays. Figures are the first kind; events (claim format v1.1) slot in
 * beside them as another permitted record sharing the attribution, certainty, place and time fields.
 */
public sealed interface Claim permits Figure {
    /** The claim's id, unique within its article ("c1"). */
    String id();

    /** The wire name of the claim's type ("figure"). */
    String type();

    /** The attribution chain, nearest first; empty when the article speaks in its own voice. */
    List<Source> sources();

    Certainty certainty();

    List<Cue> cues();

    /** Null when the article names no place for the claim. */
    Place place();

    /** Null when the article gives no time for the claim. */
    TimeRef time();

    /** The sentences stating the claim, in text order. */
    List<Span> mentions();

    /** For each field, the name of the rule that set it. */
    Map<String, String> explain();
}
