package org.sitrep.extract.internal;

import java.util.List;

/**
 * Reported speech across sentences: a quotation that runs over several sentences belongs to the speaker named
 * where it closes ("“... 300 dead. ... home,” he said."), and a quoted sentence right after an attributed quotation
 * in the same paragraph continues that speaker.
 */
final class Quotes {
    private Quotes() {
    }

    /** Fills the attributions of unattributed sentences that are inside or continue a quotation. */
    static void carry(Document doc, List<List<Attribution>> said) {
        boolean open = false;
        int openedIn = -1;
        for (Sentence s : doc.sentences) {
            boolean startsInside = open;
            boolean startsQuote = false;
            for (int j = s.first(); j < s.last(); j++) {
                String t = doc.token(j).text();
                if (t.equals("\u201c")) {
                    open = true;
                    startsQuote |= j == s.first();
                } else if (t.equals("\u201d")) {
                    open = false;
                } else if (t.equals("\"")) {
                    open = !open;
                    startsQuote |= j == s.first() && open;
                }
            }
            if (s.index() > 0 && s.paragraph() != doc.sentences.get(s.index() - 1).paragraph()) {
                startsInside = false;
            }
            if (startsInside || startsQuote) {
                openedIn = startsInside ? openedIn : s.index();
            } else {
                openedIn = -1;
            }
            if (!said.get(s.index()).isEmpty() || openedIn < 0) {
                continue;
            }
            // inside a quotation with no speaker yet: the speaker where it closes, else the one before it
            if (open) {
                List<Attribution> closing = closingSpeaker(doc, said, s);
                if (!closing.isEmpty()) {
                    said.set(s.index(), closing);
                    continue;
                }
            }
            Sentence before = s.index() > 0 ? doc.sentences.get(s.index() - 1) : null;
            if (before != null && before.paragraph() == s.paragraph() && !said.get(before.index()).isEmpty()) {
                said.set(s.index(), said.get(before.index()));
            }
        }
    }

    private static List<Attribution> closingSpeaker(Document doc, List<List<Attribution>> said, Sentence s) {
        for (int k = s.index() + 1; k < doc.sentences.size(); k++) {
            Sentence next = doc.sentences.get(k);
            if (next.paragraph() != s.paragraph()) {
                return List.of();
            }
            if (!said.get(k).isEmpty()) {
                return said.get(k);
            }
        }
        return List.of();
    }
}
