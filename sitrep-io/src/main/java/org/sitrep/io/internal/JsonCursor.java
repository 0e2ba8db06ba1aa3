package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import org.sitrep.io.ReadResult;

/**
 * Articles out of streamed JSON: one top-level object or array of objects (a {@code .json} file), or any sequence of
 * them (standard input: one object, several, or JSON Lines). Only one article is held at a time.
 */
final class JsonCursor implements Cursor {
    private final JsonParser parser;
    private final Reader source;
    private final String input;
    private final String idBase;
    private final boolean sequence;
    private final int lineOffset;
    private final ReadContext context;
    private JsonToken pending;
    private IOException pendingError;
    private boolean peeked;
    private boolean inArray;
    private boolean done;
    private int roots;
    private int elements;

    /**
     * @param source closed with the cursor, or null to leave the input open (standard input)
     * @param sequence whether several top-level values may follow each other
     * @param lineOffset lines already read before {@code parser}'s first line
     */
    JsonCursor(Reader in, Reader source, String input, String idBase, boolean sequence, int lineOffset,
            ReadContext context) throws IOException {
        this.parser = context.json().createParser(in);
        this.source = source;
        this.input = input;
        this.idBase = idBase;
        this.sequence = sequence;
        this.lineOffset = lineOffset;
        this.context = context;
    }

    @Override
    public ReadResult next() {
        while (!done) {
            try {
                ReadResult result = inArray ? nextElement() : nextRoot();
                if (result != null) {
                    return result;
                }
            } catch (MalformedTextException e) {
                return stop(input, e.getMessage());
            } catch (StreamConstraintsException e) {
                return stop(input, context.overLimit("a string in the JSON"));
            } catch (JsonProcessingException e) {
                boolean lineKnown = sequence && e.getLocation() != null;
                String at = lineKnown ? input + "#" + (e.getLocation().getLineNr() + lineOffset) : input;
                return stop(at, Problems.ofJson(e, lineOffset, true));
            } catch (IOException e) {
                return stop(input, Problems.ofIo(e));
            }
        }
        return null;
    }

    private ReadResult nextRoot() throws IOException {
        JsonToken token = advance();
        if (token == null) {
            done = true;
            return roots == 0 ? new ReadResult.Failed(input, "no article in the JSON") : null;
        }
        roots++;
        if (roots > 1 && !sequence) {
            return stop(input, "malformed JSON: more than one top-level value");
        }
        if (token == JsonToken.START_ARRAY) {
            inArray = true;
            return null;
        }
        int line = parser.currentTokenLocation().getLineNr() + lineOffset;
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new ReadResult.Failed(sequence ? input + "#" + line : input, "not an article object or array");
        }
        long start = parser.currentTokenLocation().getCharOffset();
        ArticleJson article = ArticleJson.read(parser);
        long chars = parser.currentLocation().getCharOffset() - start;
        boolean sole = !sequence || roots == 1 && nothingFollows();
        return build(sole ? input : input + "#" + line, article, sole ? idBase : idBase + "#" + line, chars);
    }

    private ReadResult nextElement() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            inArray = false;
            return null;
        }
        elements++;
        String at = input + "#" + elements;
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new ReadResult.Failed(at, "not an article object");
        }
        long start = parser.currentTokenLocation().getCharOffset();
        ArticleJson article = ArticleJson.read(parser);
        long chars = parser.currentLocation().getCharOffset() - start;
        return build(at, article, idBase + "#" + elements, chars);
    }

    private ReadResult build(String at, ArticleJson article, String defaultId, long chars) {
        if (chars > context.maxBytes()) {
            return new ReadResult.Failed(at, context.overLimit("the article", chars));
        }
        try {
            return new ReadResult.Loaded(at, article.toArticle(defaultId, context.options()));
        } catch (ReadFailure e) {
            return new ReadResult.Failed(at, e.reason());
        }
    }

    /** Looks one token ahead: whether the value just read was the last. */
    private boolean nothingFollows() {
        peeked = true;
        try {
            pending = parser.nextToken();
        } catch (IOException e) {
            pendingError = e;
            return false;
        }
        return pending == null;
    }

    private JsonToken advance() throws IOException {
        if (!peeked) {
            return parser.nextToken();
        }
        peeked = false;
        if (pendingError != null) {
            throw pendingError;
        }
        return pending;
    }

    private ReadResult stop(String at, String reason) {
        done = true;
        return new ReadResult.Failed(at, reason);
    }

    @Override
    public void close() {
        if (source != null) {
            try {
                source.close();
            } catch (IOException e) {
                // nothing was written; a failed close of an input loses nothing
            }
        }
    }
}
