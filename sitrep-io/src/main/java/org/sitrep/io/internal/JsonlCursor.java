package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.sitrep.io.ReadResult;

/** Articles out of a JSON Lines file, one line at a time; a bad line fails alone and the rest continue. */
final class JsonlCursor implements Cursor {
    private final StrictReader reader;
    private final LineReader lines;
    private final String input;
    private final String idBase;
    private final ReadContext context;
    private boolean done;

    JsonlCursor(StrictReader reader, String input, String idBase, ReadContext context) {
        this.reader = reader;
        this.lines = new LineReader(reader, context.maxBytes());
        this.input = input;
        this.idBase = idBase;
        this.context = context;
    }

    @Override
    public ReadResult next() {
        while (!done) {
            LineReader.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                done = true;
                String reason = e instanceof MalformedTextException ? e.getMessage() : Problems.ofIo(e);
                return new ReadResult.Failed(input + "#" + lines.nextNumber(), reason);
            }
            if (line == null) {
                done = true;
            } else if (line.text() == null) {
                return new ReadResult.Failed(input + "#" + line.number(), context.overLimit("the line"));
            } else if (!line.text().isBlank()) {
                return parse(line);
            }
        }
        return null;
    }

    private ReadResult parse(LineReader.Line line) {
        String at = input + "#" + line.number();
        try (JsonParser parser = context.json().createParser(line.text())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new ReadResult.Failed(at, "not an article object");
            }
            ArticleJson article = ArticleJson.read(parser);
            if (parser.nextToken() != null) {
                return new ReadResult.Failed(at, "malformed JSON: more than one value on the line");
            }
            return new ReadResult.Loaded(at, article.toArticle(idBase + "#" + line.number(), context.options()));
        } catch (JsonProcessingException e) {
            return new ReadResult.Failed(at, Problems.ofJson(e, 0, false));
        } catch (IOException e) {
            return new ReadResult.Failed(at, Problems.ofIo(e));
        } catch (ReadFailure e) {
            return new ReadResult.Failed(at, e.reason());
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing was written; a failed close of an input loses nothing
        }
    }
}
