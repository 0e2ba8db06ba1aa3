package org.sitrep.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.core.Article;
import org.sitrep.io.ReadOptions;
import org.sitrep.io.ReadResult;

/**
 * An article out of an HTML page: metadata from the head, then the main text, paragraphs joined by a blank line,
 * with scripts, styles, navigation, page furniture and figure captions left out.
 */
public final class HtmlArticle {
    private static final String NOT_TEXT =
            "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, figcaption";
    private static final String[] PUBLISHED = {
        "article:published_time", "og:published_time", "pubdate", "date", "DC.date.issued", "datePublished",
    };

    private HtmlArticle() {
    }

    /** The article of a page held in memory (a crawl record), or why it has none. */
    public static ReadResult read(String input, String id, String html, ReadContext context) {
        try {
            return new ReadResult.Loaded(input, parse(html, id, context.options()));
        } catch (ReadFailure e) {
            return new ReadResult.Failed(input, e.reason());
        } catch (RuntimeException e) {
            return new ReadResult.Failed(input, "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static Article parse(String html, String id, ReadOptions options) throws ReadFailure {
        Document document = Jsoup.parse(html);
        String title = firstNonBlank(meta(document, "og:title"), document.title(), firstText(document, "h1"));
        String published = meta(document, PUBLISHED);
        if (published == null) {
            Element time = document.selectFirst("time[datetime]");
            published = time == null ? null : time.attr("datetime");
        }
        String url = firstNonBlank(meta(document, "og:url"), attribute(document, "link[rel=canonical]", "href"));
        String outlet = meta(document, "og:site_name");
        document.select(NOT_TEXT).remove();
        String text = mainText(document);
        return Articles.finish(id, url, outlet, title, Dates.parse(published), text, options);
    }

    private static String mainText(Document document) {
        Element body = document.body();
        Element root = document.selectFirst("[itemprop=articleBody]");
        if (root == null) {
            root = document.select("article").stream()
                    .max(Comparator.comparingInt(article -> article.text().length()))
                    .orElse(document.selectFirst("main"));
        }
        String text = root == null ? "" : paragraphs(root);
        return text.isBlank() ? paragraphs(body) : text;
    }

    /** The element's {@code <p>} texts joined by a blank line; its whole text when it has no paragraphs. */
    private static String paragraphs(Element element) {
        List<String> paragraphs = new ArrayList<>();
        for (Element p : element.select("p")) {
            String text = p.text();
            if (!text.isBlank()) {
                paragraphs.add(text);
            }
        }
        return paragraphs.isEmpty() ? element.text() : String.join("\n\n", paragraphs);
    }

    /** The first non-blank {@code content} of a meta element whose property, name or itemprop is one of the keys. */
    private static String meta(Document document, String... keys) {
        for (String key : keys) {
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                String content = attribute(document, "meta[" + attribute + "=\"" + key + "\"][content]", "content");
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String attribute(Document document, String selector, String attribute) {
        for (Element element : document.select(selector)) {
            String value = normalise(element.attr(attribute));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String firstText(Document document, String selector) {
        Element element = document.selectFirst(selector);
        return element == null ? null : normalise(element.text());
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            String normalised = normalise(value);
            if (normalised != null) {
                return normalised;
            }
        }
        return null;
    }

    private static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String collapsed = value.replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }
}
