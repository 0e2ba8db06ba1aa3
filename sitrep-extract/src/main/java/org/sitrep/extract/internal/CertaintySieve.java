package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Certainty;
import org.sitrep.core.Cue;
import org.sitrep.core.CueKind;
import org.sitrep.core.Span;

/**
 * How firmly a sentence states its figures, by ordered rules: a denial cue denies; a hedge cue in the sentence
 * hedges, unless it aims at something else (the perpetrators "believed to belong to", a future rise "could still
 * climb"); "reported" attached to the count ("4,776 reported fatalities") hedges; otherwise asserted.
 */
final class CertaintySieve {
    /** Words after a hedge that show it qualifies something other than the count. */
    private static final Set<String> AIMED_ELSEWHERE = Set.copyOf(java.util.List.of("belong", "constitut", "amount", "rise", "rising", "risen",
            "climb", "increas", "grow", "send", "carr", "responsib", "behind", "involv", "worsen", "deteriorat", "spread",
            "escalat", "exceed", "conduct", "orchestrat", "plan", "target", "used", "fight", "join", "return",
            "help", "face", "launch", "attack"));

    record Verdict(Certainty certainty, List<Cue> cues, String rule) {
    }

    private final Document doc;

    CertaintySieve(Document doc) {
        this.doc = doc;
    }

    /** The certainty of a figure at token {@code at}: the cues of its clause decide. */
    Verdict judge(Sentence s, int at) {
        int from = s.first();
        int to = s.last();
        for (int j = s.first() + 1; j < s.last(); j++) {
            if (clauseBreak(j)) {
                if (j <= at) {
                    from = j;
                } else {
                    to = j;
                    break;
                }
            }
        }
        Verdict verdict = judge(s, from, to);
        if (verdict.certainty() == Certainty.ASSERTED) {
            for (int j = s.first(); j < s.last(); j++) {
                if (j >= from && j < to) {
                    continue;
                }
                for (TokenTrie.Match m : doc.matches.get(j)) {
                    if (m.entry() instanceof Entry.CueWord w && w.kind().equals("hedge") && m.length() > 1
                            && pointsAtCount(s, m)) {
                        List<Cue> cues = new ArrayList<>(verdict.cues());
                        cues.add(cue(m, CueKind.HEDGE));
                        return new Verdict(Certainty.HEDGED, cues, "hedge.names-the-count");
                    }
                }
            }
        }
        return verdict;
    }

    /** ";", ", while", ", but", ", who", ", saying": a new clause whose hedges are its own. */
    private boolean clauseBreak(int j) {
        Token t = doc.token(j);
        if (t.text().equals(";")) {
            return true;
        }
        boolean afterComma = doc.token(j - 1).text().equals(",");
        return t.is("while") || t.is("whereas") || t.is("although") || t.is("though")
                || afterComma && (t.is("but") || t.is("who") && !t.allCaps() || t.is("which") || t.is("saying") || t.is("adding"));
    }

    private Verdict judge(Sentence s, int from, int to) {
        List<Cue> cues = new ArrayList<>();
        String rule = null;
        Certainty certainty = Certainty.ASSERTED;
        for (int j = from; j < to; j++) {
            int skipTo = j;
            for (TokenTrie.Match m : doc.matches.get(j)) {
                if (!(m.entry() instanceof Entry.CueWord w) || !w.kind().equals("denial") && !w.kind().equals("hedge")) {
                    continue;
                }
                if (w.kind().equals("denial") && disputedByOthers(s, m.first())) {
                    cues.add(cue(m, CueKind.HEDGE));
                    if (certainty == Certainty.ASSERTED) {
                        certainty = Certainty.HEDGED;
                        rule = "hedge.disputed";
                    }
                } else if (w.kind().equals("denial")) {
                    cues.add(cue(m, CueKind.DENIAL));
                    certainty = Certainty.DENIED;
                    rule = "denial.verb";
                } else if (w.kind().equals("hedge") && aimsAtCount(s, m)) {
                    cues.add(cue(m, CueKind.HEDGE));
                    if (certainty == Certainty.ASSERTED) {
                        certainty = Certainty.HEDGED;
                        rule = "hedge." + (m.length() > 1 ? "phrase" : "word");
                    }
                }
                skipTo = Math.max(skipTo, m.last() - 1);
                break;
            }
            if (negatedConfirmation(s, j) && certainty == Certainty.ASSERTED) {
                TokenTrie.Match m = new TokenTrie.Match(j, j + 1, new Entry.CueWord("hedge"));
                cues.add(cue(m, CueKind.HEDGE));
                certainty = Certainty.HEDGED;
                rule = "hedge.not-confirmed";
            }
            j = skipTo;
            if (doc.is(j, "reported") && attachedToCount(j, s) && certainty == Certainty.ASSERTED) {
                TokenTrie.Match m = new TokenTrie.Match(j, j + 1, new Entry.CueWord("hedge"));
                cues.add(cue(m, CueKind.HEDGE));
                certainty = Certainty.HEDGED;
                rule = "hedge.reported-count";
            }
        }
        return new Verdict(certainty, cues, rule == null ? "certainty.default" : rule);
    }

    /** "Figures from both sides are impossible to check": a sentence with no number that doubts the figures. */
    boolean doubtsEarlierFigures(Sentence s) {
        boolean countNoun = false;
        boolean doubt = false;
        for (int j = s.first(); j < s.last(); j++) {
            Token t = doc.token(j);
            if (t.isNumber()) {
                return false;
            }
            countNoun |= t.is("figures") || t.is("figure") || t.is("toll") || t.is("numbers") || t.is("tolls")
                    || t.is("claims") || t.is("counts") || t.is("tally");
            for (TokenTrie.Match m : doc.matches.get(j)) {
                if (m.entry() instanceof Entry.CueWord w && w.kind().equals("hedge") && m.length() > 1) {
                    doubt = true;
                }
            }
            doubt |= t.is("independent") && doc.is(j + 1, "confirmation") || t.is("independently") || t.is("unverified");
        }
        return countNoun && doubt;
    }

    private boolean aimsAtCount(Sentence s, TokenTrie.Match m) {
        Token t = doc.token(m.first());
        if (t.text().equals("May") && m.first() != s.first()) {
            return false;
        }
        if (t.lower().startsWith("claim") && AttributionSieve.claimsAThing(doc, m.last(), s)) {
            return false;   // "the fighting has claimed about 27,000 lives", "claimed responsibility"
        }
        for (int k = m.last(); k < Math.min(s.last(), m.last() + 4); k++) {
            String w = doc.token(k).lower();
            if (AIMED_ELSEWHERE.stream().anyMatch(w::startsWith)) {
                return false;
            }
            if (!(w.equals("to") || w.equals("still") || w.equals("yet") || w.equals("also") || w.equals("well")
                    || w.equals("even") || w.equals("soon") || w.equals("eventually") || w.equals("further")
                    || w.equals("have") || w.equals("be") || w.equals("been"))) {
                return true;
            }
        }
        return true;
    }

    /** "..., a claim Israel rejected": someone else disputes the figure; its source does not deny it. */
    private boolean disputedByOthers(Sentence s, int denial) {
        for (int k = denial - 1; k >= Math.max(s.first(), denial - 4); k--) {
            if (REFERENCES.contains(doc.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns that point back at the count: "the figure could not be verified". */
    private static final Set<String> REFERENCES = Set.of("claim", "claims", "figure", "figures", "toll", "tolls", "number",
            "numbers", "count", "tally", "account", "accounts", "report", "reports", "allegation", "allegations");

    /** A hedge later in the sentence that names the count ("though the figure could not be verified"). */
    private boolean pointsAtCount(Sentence s, TokenTrie.Match hedge) {
        for (int k = hedge.first() - 1; k >= Math.max(s.first(), hedge.first() - 4); k--) {
            if (REFERENCES.contains(doc.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "neither country has officially confirmed", "has not been verified". */
    private boolean negatedConfirmation(Sentence s, int j) {
        Token t = doc.token(j);
        if (!(t.is("confirmed") || t.is("verified") || t.is("confirm") || t.is("verify"))) {
            return false;
        }
        for (int k = j - 1; k >= Math.max(s.first(), j - 4); k--) {
            Token u = doc.token(k);
            if (u.is("not") || u.is("neither") || u.is("never") || u.is("no") || u.is("n't") || u.is("nor")) {
                return true;
            }
        }
        return false;
    }

    private boolean attachedToCount(int j, Sentence s) {
        if (j + 1 >= s.last()) {
            return false;
        }
        boolean beforeCount = doc.at(j + 1, Entry.MeasureCue.class) != null || doc.at(j + 1, Entry.PeopleNoun.class) != null;
        boolean afterNumber = j > s.first() && (doc.token(j - 1).isNumber() || doc.at(j - 1, Entry.NumberWord.class) != null);
        boolean itWas = j >= s.first() + 2 && doc.is(j - 1, "was") && doc.is(j - 2, "it");
        return afterNumber && beforeCount || itWas;
    }

    private Cue cue(TokenTrie.Match m, CueKind kind) {
        Span span = new Span(doc.token(m.first()).start(), doc.token(m.last() - 1).end());
        return new Cue(span.of(doc.text), kind, span);
    }
}
