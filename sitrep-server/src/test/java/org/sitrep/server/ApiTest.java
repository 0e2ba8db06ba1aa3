package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {
    static final String TOKEN = "s3cret-token";

    @TempDir
    static Path folder;

    static RunningServer running;

    @BeforeAll
    static void start() {
        running = RunningServer.start(folder, ServerConfig.defaults().withToken(TOKEN).withMaxBodyBytes(200_000));
        HttpResponse<String> stored = running.post("/api/articles", "application/json", RunningServer.seedJson(),
                TOKEN);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void extractsClaimsFromPlainTextWithoutStoringThem() {
        long before = running.store.counts().articles();
        HttpResponse<String> response = running.post("/api/extract", "text/plain",
                "Around 300 North Korean soldiers have been killed, a lawmaker said.", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = RunningServer.json(response);
        assertThat(body.at("/claims/0/measure").asText()).isEqualTo("killed");
        assertThat(body.at("/claims/0/value/low").asLong()).isEqualTo(300);
        assertThat(body.at("/claims/0/explain").isObject()).isTrue();
        assertThat(running.store.counts().articles()).isEqualTo(before);
    }

    @Test
    void listsTheSeedArticleWithItsClaimCount() {
        JsonNode page = RunningServer.json(running.get("/api/articles?q=Seong-kweun"));
        assertThat(page.at("/items/0/title").asText()).startsWith("Around 300 North Korean soldiers killed");
        assertThat(page.at("/items/0/claims").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(page.get("next").isNull()).isTrue();
    }

    @Test
    void returnsOneArticleWithTextAndClaimSpansIntoIt() {
        long id = RunningServer.json(running.get("/api/articles?q=Seong-kweun")).at("/items/0/id").asLong();
        JsonNode body = RunningServer.json(running.get("/api/articles/" + id));
        String text = body.at("/article/text").asText();
        JsonNode first = body.at("/claims/0");
        int start = first.at("/value/span/start").asInt();
        int end = first.at("/value/span/end").asInt();
        assertThat(text.substring(start, end)).isEqualTo(first.at("/value/text").asText());
        assertThat(first.get("id").asText()).hasSize(16);
        List<String> stored = new ArrayList<>();
        RunningServer.json(running.get("/api/claims?limit=500")).get("items")
                .forEach(claim -> stored.add(claim.get("id").asText()));
        List<String> shown = new ArrayList<>();
        body.get("claims").forEach(claim -> shown.add(claim.get("id").asText()));
        assertThat(stored).containsAll(shown);
    }

    @Test
    void filtersClaimsByCountryAndMeasure() {
        JsonNode page = RunningServer.json(running.get("/api/claims?country=kp&measure=killed&limit=10"));
        assertThat(page.get("items")).isNotEmpty();
        page.get("items").forEach(claim -> {
            assertThat(claim.get("measure").asText()).isEqualTo("killed");
            assertThat(claim.at("/subject/country").asText()).isEqualTo("KP");
        });
    }

    @Test
    void pagesClaimsInAStableOrder() {
        JsonNode all = RunningServer.json(running.get("/api/claims?limit=500")).get("items");
        JsonNode first = RunningServer.json(running.get("/api/claims?limit=2"));
        JsonNode second = RunningServer.json(running.get("/api/claims?limit=2&offset=2"));
        assertThat(first.get("next").asInt()).isEqualTo(2);
        assertThat(first.at("/items/0/id")).isEqualTo(all.at("/0/id"));
        assertThat(second.at("/items/0/id")).isEqualTo(all.at("/2/id"));
    }

    @Test
    void claimPagesAndSeriesShowNewlyStoredArticlesAtOnce() {
        String query = "/api/claims?country=PS&measure=killed&limit=500";
        int before = RunningServer.json(running.get(query)).get("items").size();
        assertThat(RunningServer.json(running.get("/api/series?country=PS")).get("items")).isEmpty();
        String body = "{\"id\":\"gaza\",\"published\":\"2025-05-01\",\"text\":\"At least 40 Palestinians were "
                + "killed in Gaza on Thursday, the health ministry said.\"}";
        assertThat(running.post("/api/articles", "application/json", body, TOKEN).statusCode()).isEqualTo(201);
        assertThat(RunningServer.json(running.get(query)).get("items").size()).isGreaterThan(before);
        assertThat(RunningServer.json(running.get("/api/series?country=PS")).get("items")).isNotEmpty();
    }

    @Test
    void refusesBadParametersNamingEveryFieldAtFault() {
        HttpResponse<String> response = running.get("/api/claims?measure=eaten&limit=0&since=yesterday&colour=red");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(RunningServer.json(response).get("fields")).extracting(field -> field.get("field").asText())
                .containsExactlyInAnyOrder("measure", "limit", "since", "colour");
    }

    @Test
    void refusesAnArticleWithoutTextNamingTheField() {
        HttpResponse<String> response = running.post("/api/extract", "application/json",
                "{\"title\":\"x\",\"published\":\"soon\"}", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(response).get("fields")).extracting(field -> field.get("field").asText())
                .containsExactlyInAnyOrder("text", "published");
    }

    @Test
    void answersUnknownPathsAndIdsWithJson404() {
        HttpResponse<String> path = running.get("/api/nothing-here");
        assertThat(path.statusCode()).isEqualTo(404);
        assertThat(RunningServer.json(path).get("status").asInt()).isEqualTo(404);
        HttpResponse<String> article = running.get("/api/articles/987654");
        assertThat(article.statusCode()).isEqualTo(404);
        assertThat(RunningServer.json(article).get("error").asText()).contains("article 987654");
    }

    @Test
    void refusesBodiesOverTheSizeLimit() {
        HttpResponse<String> response = running.post("/api/extract", "text/plain", "x".repeat(300_000), null);
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void requiresTheTokenToChangeTheStoreButNotToRead() {
        HttpResponse<String> without = running.post("/api/articles", "text/plain", "Five soldiers were killed.", null);
        assertThat(without.statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = running.post("/api/articles", "text/plain", "Five soldiers were killed.", "nope");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(running.post("/api/extract", "text/plain", "Five soldiers were killed.", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void storesAnArticleOnceWhenPostedTwice() {
        String body = "{\"id\":\"twice\",\"text\":\"At least 12 civilians were killed in Kharkiv, officials said.\"}";
        HttpResponse<String> first = running.post("/api/articles", "application/json", body, TOKEN);
        HttpResponse<String> second = running.post("/api/articles", "application/json", body, TOKEN);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(RunningServer.json(second).get("outcome").asText()).isEqualTo("unchanged");
        assertThat(RunningServer.json(second).get("id")).isEqualTo(RunningServer.json(first).get("id"));
    }

    @Test
    void listsSourcesWithCountsAndOneSourcesChains() {
        JsonNode sources = RunningServer.json(running.get("/api/sources"));
        JsonNode lee = null;
        for (JsonNode source : sources.get("items")) {
            if (source.get("name").asText().equals("Lee Seong-kweun")) {
                lee = source;
            }
        }
        assertThat(lee).as(sources.toString()).isNotNull();
        assertThat(lee.get("claims").asInt()).isPositive();
        JsonNode one = RunningServer.json(running.get("/api/sources/" + lee.get("id").asLong()));
        assertThat(one.at("/chains/0/links/0/name").asText()).isEqualTo("Lee Seong-kweun");
        assertThat(one.at("/claims/items")).isNotEmpty();
    }

    @Test
    void sendsAContentSecurityPolicyOnPagesAndApi() {
        assertThat(running.get("/").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(running.get("/api/claims").headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void searchesArticlesByTheirWords() {
        assertThat(RunningServer.json(running.get("/api/articles?q=Kursk%20legislator")).get("items")).hasSize(1);
        assertThat(RunningServer.json(running.get("/api/articles?q=Antarctica")).get("items")).isEmpty();
    }
}
