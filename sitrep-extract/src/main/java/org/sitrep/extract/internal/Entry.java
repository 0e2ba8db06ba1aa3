package org.sitrep.extract.internal;

import org.sitrep.core.Measure;
import org.sitrep.core.Role;

/** What a lexicon or gazetteer phrase means. One automaton holds every kind. */
public sealed interface Entry {
    /** A number word or a vague amount; {@code high} null for an open upper bound. */
    record NumberWord(String kind, long low, Long high, boolean approx) implements Entry {
    }

    /** A word bounding the number it precedes or follows. */
    record Bound(boolean pre, String effect) implements Entry {
    }

    /** A word saying what a count counts. */
    record MeasureCue(Measure measure, String position) implements Entry {
    }

    /** A noun naming counted people; {@code measure} non-null when the noun implies one ("bodies"). */
    record PeopleNoun(Role role, Measure measure) implements Entry {
    }

    /** An attribution or certainty cue: kind hedge, denial, verb, prep, relay or count. */
    record CueWord(String kind) implements Entry {
    }

    /** A word for naming sources: kind media, orghead, title, describer or unnamed. */
    record SourceWord(String kind, String group) implements Entry {
    }

    /** A country's name, alias, demonym or capital. */
    record CountryName(String code, String form, Gazetteer.Place place) implements Entry {
    }

    /** A first-level region, a city or a named area. */
    record PlaceName(Gazetteer.Place place) implements Entry {
    }
}
