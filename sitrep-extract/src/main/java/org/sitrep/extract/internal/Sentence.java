package org.sitrep.extract.internal;

import java.util.List;
import org.sitrep.core.Span;

/**
 * A sentence as a token range {@code [first, last)} of the article's tokens.
 *
 * @param index the sentence's position in the article
 * @param paragraph the paragraph it belongs to
 */
public record Sentence(int index, int paragraph, int first, int last, Span span) {
    public int size() {
        return last - first;
    }

    public boolean contains(int token) {
        return token >= first && token < last;
    }

    static Sentence of(int index, int paragraph, List<Token> tokens, int first, int last) {
        return new Sentence(index, paragraph, first, last, new Span(tokens.get(first).start(), tokens.get(last - 1).end()));
    }
}
