package org.sitrep.cli.bench;

import java.util.Locale;
import org.sitrep.core.Article;

/** One article as a one-line JSON object with the fields the readers take: id, url, outlet, title, published, text. */
final class ArticleJson {
    private ArticleJson() {
    }

    static String line(Article article) {
        StringBuilder json = new StringBuilder(article.text().length() + 200);
        json.append("{\"id\":");
        string(json, article.id());
        json.append(",\"url\":");
        string(json, article.url());
        json.append(",\"outlet\":");
        string(json, article.outlet());
        json.append(",\"title\":");
        string(json, article.title());
        json.append(",\"published\":");
        string(json, article.published() == null ? null : article.published().toString());
        json.append(",\"text\":");
        string(json, article.text());
        return json.append('}').toString();
    }

    private static void string(StringBuilder json, String value) {
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
