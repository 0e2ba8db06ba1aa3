package org.sitrep.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** A small gzipped crawl written with jwarc: one article page, one page without text, and records to pass over. */
final class TestWarc {
    static final String ARTICLE_URL = "https://news.example/2025/01/13/north-korea-toll";
    static final String ARTICLE_HTML = """
            <!doctype html><html><head><title>Seoul says 300 North Korean soldiers killed</title>
            <meta property="article:published_time" content="2025-01-13T09:00:00+09:00"></head>
            <body><nav>World · Asia</nav><article>
            <p>About 300 North Korean soldiers have been killed fighting for Russia, South Korea's spy agency said.</p>
            <p>Another 2,700 were wounded, the National Intelligence Service told lawmakers.</p>
            </article><footer>Copyright</footer></body></html>
            """;

    /** The record id of the article page (its article id) and the byte offset of the page without text. */
    record Written(String articleId, long emptyPageOffset) {
    }

    private TestWarc() {
    }

    static Written write(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            writer.write(new Warcinfo.Builder().filename(file.getFileName().toString()).build());
            writer.write(new WarcRequest.Builder(URI.create(ARTICLE_URL))
                    .body(new HttpRequest.Builder("GET", URI.create(ARTICLE_URL)).build()).build());
            WarcResponse article = response(ARTICLE_URL, 200, MediaType.HTML_UTF8, ARTICLE_HTML);
            writer.write(article);
            writer.write(response("https://news.example/logo.png", 200, MediaType.parse("image/png"), "\u0089PNG"));
            writer.write(response("https://news.example/gone", 404, MediaType.HTML_UTF8,
                    "<html><body><p>Not found: 404 people killed.</p></body></html>"));
            long emptyPage = writer.position();
            writer.write(response("https://news.example/menu", 200, MediaType.HTML_UTF8,
                    "<html><body><nav>Home</nav></body></html>"));
            return new Written(article.id().toString(), emptyPage);
        }
    }

    private static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }
}
