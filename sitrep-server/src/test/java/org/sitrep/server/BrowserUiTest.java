package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class BrowserUiTest {
    @TempDir
    static Path folder;

    static RunningServer running;
    static Browser browser;
    static long seedId;
    static long injectionId;

    @BeforeAll
    static void start() throws IOException {
        running = RunningServer.start(folder, ServerConfig.defaults());
        seedId = ingest(RunningServer.seedJson());
        ingest(resource("kursk-update.json"));
        ingest(resource("washington.json"));
        injectionId = ingest(resource("injection.json"));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        running.close();
    }

    @Test
    void inboxListsTheLatestArticlesWithClaimCounts() {
        browser.open(running.base() + "/#/inbox", "inbox");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#article-list tbody tr"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(rows.size() - 1).getText()).contains("Around 300 North Korean soldiers killed");
        browser.screenshot("inbox");
    }

    @Test
    void articleViewHighlightsEverySixFiguresOfTheSeed() {
        browser.open(running.base() + "/#/article/" + seedId, "article");
        List<WebElement> values = browser.driver.findElements(By.cssSelector("#article-text .hl.value"));
        Set<String> figures = new HashSet<>();
        values.forEach(value -> figures.add(value.getAttribute("data-value")));
        JsonNode claims = RunningServer.json(running.get("/api/articles/" + seedId)).get("claims");
        assertThat(figures).hasSize(claims.size()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(values.get(0).getText()).isEqualTo(claims.at("/0/value/text").asText());
        assertThat(browser.driver.findElements(By.cssSelector("#article-text .hl.source"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#article-text .hl.cue-hedge"))).isNotEmpty();
    }

    @Test
    void selectingAClaimShowsItsFieldsAndRules() {
        browser.open(running.base() + "/#/article/" + seedId, "article");
        browser.driver.findElement(By.cssSelector("#article-text .hl.value")).click();
        WebElement details = browser.driver.findElement(By.id("selected-claim"));
        JsonNode first = RunningServer.json(running.get("/api/articles/" + seedId)).at("/claims/0");
        assertThat(details.getText()).contains(first.get("id").asText(), first.get("measure").asText(),
                first.at("/sources/0/name").asText(), first.at("/explain/measure").asText(),
                first.at("/explain/sources").asText());
        assertThat(browser.driver.findElements(By.cssSelector("#article-text .hl.selected"))).isNotEmpty();
        browser.screenshot("article");
    }

    @Test
    void seriesViewDrawsTheClaimsAsChartPoints() {
        JsonNode series = RunningServer.json(running.get("/api/series?country=KP&measure=killed")).get("items");
        assertThat(series).isNotEmpty();
        String key = series.get(0).get("key").asText();
        browser.open(running.base() + "/#/series/" + key, "series");
        WebElement canvas = browser.driver.findElement(By.id("series-chart"));
        browser.await().until(ExpectedConditions.attributeToBeNotEmpty(canvas, "data-points"));
        long points = ((Number) ((JavascriptExecutor) browser.driver).executeScript(
                "const c = Chart.getChart(arguments[0]); return c.data.datasets.filter(d => d.bounds)"
                        + ".reduce((n, d) => n + c.getDatasetMeta(c.data.datasets.indexOf(d)).data.length, 0);",
                canvas)).longValue();
        long dated = 0;
        for (JsonNode claim : RunningServer.json(running.get("/api/series/" + key)).get("claims")) {
            dated += claim.get("date").isNull() ? 0 : 1;
        }
        assertThat(points).isEqualTo(dated).isPositive();
        browser.screenshot("series");
    }

    @Test
    void sourcesViewShowsWhoIsCitedThroughWhom() {
        browser.open(running.base() + "/#/sources", "sources");
        browser.driver.findElement(By.linkText("Lee Seong-kweun")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("chains")));
        assertThat(browser.driver.findElement(By.id("chains")).getText()).contains("Lee Seong-kweun");
        browser.screenshot("sources");
    }

    @Test
    void mapViewDrawsCountriesOffline() {
        browser.open(running.base() + "/#/map", "map");
        assertThat(browser.driver.findElements(By.cssSelector("#map path.country"))).hasSizeGreaterThan(150);
        browser.screenshot("map");
    }

    @Test
    void articleWithScriptsAndHandlersRunsNothing() {
        browser.open(running.base() + "/#/inbox", "inbox");
        browser.open(running.base() + "/#/article/" + injectionId, "article");
        for (WebElement link : browser.driver.findElements(By.cssSelector("main a"))) {
            assertThat(link.getAttribute("href")).doesNotStartWith("javascript:");
        }
        WebElement text = browser.driver.findElement(By.id("article-text"));
        assertThat(text.getText()).contains("<script>", "onerror=", "javascript:");
        assertThat(browser.driver.findElements(By.cssSelector("main script, main img, main iframe, main svg")))
                .isEmpty();
        assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.__sitrepPwned === undefined"))
                .isEqualTo(true);
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        browser.screenshot("injection");
    }

    private static long ingest(String json) {
        HttpResponse<String> response = running.post("/api/articles", "application/json", json, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return RunningServer.json(response).get("id").asLong();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BrowserUiTest.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
