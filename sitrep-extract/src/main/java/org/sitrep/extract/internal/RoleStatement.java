package org.sitrep.extract.internal;

import org.sitrep.core.Role;

/**
 * "All of the casualties listed were civilians", "All the dead were soldiers": a sentence without a number that
 * states the role of every group the article counts.
 */
final class RoleStatement {
    private RoleStatement() {
    }

    /** The role the sentence gives all counted people, or null when it says no such thing. */
    static Role of(Document doc, Sentence s) {
        int j = s.first();
        if (!doc.is(j, "all")) {
            return null;
        }
        boolean counted = false;
        for (int k = j + 1; k < Math.min(s.last(), j + 8); k++) {
            Token t = doc.token(k);
            if (t.isNumber()) {
                return null;
            }
            counted |= doc.at(k, Entry.MeasureCue.class) != null || doc.is(k, "victims");
            if (counted && (t.is("were") || t.is("are"))) {
                TokenTrie.Match noun = k + 1 < s.last() ? doc.at(k + 1, Entry.PeopleNoun.class) : null;
                Role role = noun == null ? null : ((Entry.PeopleNoun) noun.entry()).role();
                return role == Role.UNKNOWN ? null : role;
            }
        }
        return null;
    }
}
