package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.sitrep.core.Article;
import org.sitrep.io.ReadOptions;

/** One article object ({@code id, url, outlet, title, published, text}) read from a streaming parser. */
final class ArticleJson {
    private String id;
    private String url;
    private String outlet;
    private String title;
    private String published;
    private String text;

    private ArticleJson() {
    }

    /** Reads the object at the parser's {@code START_OBJECT}, leaving the parser on its {@code END_OBJECT}. */
    static ArticleJson read(JsonParser parser) throws IOException {
        ArticleJson fields = new ArticleJson();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            String scalar = value.isScalarValue() && value != JsonToken.VALUE_NULL ? parser.getText() : null;
            parser.skipChildren();
            switch (name) {
                case "id" -> fields.id = scalar;
                case "url" -> fields.url = scalar;
                case "outlet" -> fields.outlet = scalar;
                case "title" -> fields.title = scalar;
                case "published" -> fields.published = scalar;
                case "text" -> fields.text = value == JsonToken.VALUE_STRING ? scalar : null;
                default -> {
                    // other fields (claims, language, ...) are not part of the article
                }
            }
        }
        return fields;
    }

    /** The article; an object without {@code id} (or with a blank one) gets {@code defaultId}. */
    Article toArticle(String defaultId, ReadOptions options) throws ReadFailure {
        String articleId = id == null || id.isBlank() ? defaultId : id;
        return Articles.finish(articleId, url, outlet, title, Dates.parse(published), text, options);
    }
}
