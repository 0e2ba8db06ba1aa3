package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.io.Reading.single;
import static org.sitrep.io.TextFileReadingTest.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Article;

class HtmlReadingTest {
    @TempDir
    Path dir;

    @Test
    void takesArticleTextWithoutScriptsStylesOrPageFurniture() throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), """
                <!doctype html>
                <html><head>
                  <title>Page title | Outlet</title>
                  <meta property="og:title" content="Around 300 North Korean soldiers killed">
                  <meta property="article:published_time" content="2024-12-19T08:30:00+09:00">
                  <meta property="og:url" content="https://example.org/nk">
                  <meta property="og:site_name" content="Example News">
                  <style>body { color: red; } .secret-style {}</style>
                  <script>var secretScript = 1;</script>
                </head><body>
                  <header><nav>Home · World</nav></header>
                  <article>
                    <h1>Headline</h1>
                    <p>Around   300 North Korean soldiers
                       were reportedly killed.</p>
                    <script>trackSecret();</script>
                    <figure><img src="x.jpg"><figcaption>Caption text</figcaption></figure>
                    <p>A lawmaker said so.<style>.inline-secret{}</style></p>
                  </article>
                  <aside><p>Related: something else</p></aside>
                  <footer><p>Copyright</p></footer>
                </body></html>
                """);

        Article article = article(single(file));

        assertThat(article.id()).isEqualTo("page");
        assertThat(article.text())
                .isEqualTo("Around 300 North Korean soldiers were reportedly killed.\n\nA lawmaker said so.");
        assertThat(article.text()).doesNotContain("secret", "Caption", "Related", "Copyright", "Home");
        assertThat(article.title()).isEqualTo("Around 300 North Korean soldiers killed");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 12, 19));
        assertThat(article.url()).isEqualTo("https://example.org/nk");
        assertThat(article.outlet()).isEqualTo("Example News");
    }

    @Test
    void fallsBackToTitleElementTimeElementCanonicalLinkAndBodyParagraphs() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.htm"), """
                <html><head><title> Plain   page </title><link rel="canonical" href="https://example.org/p"></head>
                <body><div><p>First.</p><time datetime="2025-01-13">Jan 13</time><p>Second.</p></div></body></html>
                """);

        Article article = article(single(file));

        assertThat(article.title()).isEqualTo("Plain page");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 1, 13));
        assertThat(article.url()).isEqualTo("https://example.org/p");
        assertThat(article.text()).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void takesTitleFromFirstHeadingAndDateFromNamedMeta() throws IOException {
        Path file = Files.writeString(dir.resolve("h1.html"), """
                <html><head><meta name="DC.date.issued" content="2024-03-02"></head>
                <body><main><h1>Heading</h1><div itemprop="articleBody">Body text without paragraphs.</div></main></body></html>
                """);

        Article article = article(single(file));

        assertThat(article.title()).isEqualTo("Heading");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(article.text()).isEqualTo("Body text without paragraphs.");
    }

    @Test
    void failsPageWithoutText() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.html"), "<html><body><script>x()</script></body></html>");

        assertThat(single(file)).isEqualTo(new ReadResult.Failed(file.toString(), "article has no text"));
    }
}
