package org.sitrep.extract.internal;

import org.sitrep.core.Measure;
import org.sitrep.core.Role;

/**
 * A figure found in a sentence before attribution: the number, what it counts and whom.
 *
 * @param headFirst the first token of the words naming the counted group, or -1
 * @param country null until a rule sets it
 */
record Candidate(Sentence sentence, Quantity quantity, Measure measure, String measureRule, int headFirst, int headLast,
                 Role role, String country, String subjectRule) {

    Candidate withCountry(String code, String rule) {
        return new Candidate(sentence, quantity, measure, measureRule, headFirst, headLast, role, code, rule);
    }

    Candidate withSubject(int first, int last, Role newRole, String code, String rule) {
        return new Candidate(sentence, quantity, measure, measureRule, first, last, newRole, code, rule);
    }
}
