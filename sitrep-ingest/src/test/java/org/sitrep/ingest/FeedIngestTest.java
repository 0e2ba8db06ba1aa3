package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.Extractor;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.RunFailure;
import org.sitrep.store.StoredClaim;

class FeedIngestTest {
    private static final Extractor EXTRACTOR = SharedExtractor.INSTANCE;
    private static final List<String> ITEMS = List.of("/good", "/copy", "/untitled", "/missing", "/hang", "/huge",
            "/report.pdf", "/broken", "/empty");

    @TempDir
    Path dir;

    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private ExecutorService threads;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    void storesTheGoodPagesOfAFeedAndRecordsWhyTheOthersFailed() throws Exception {
        try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
            IngestReport report = ingest(store);
            assertThat(report.counts().articles()).isEqualTo(3);
            assertThat(report.counts().appearances()).isEqualTo(1);
            assertThat(report.counts().failures()).isEqualTo(5);
            Map<String, String> reasons = store.failures(report.runId()).stream()
                    .collect(Collectors.toMap(f -> f.input().substring(base.length()), RunFailure::reason));
            assertThat(reasons).containsOnlyKeys("/missing", "/hang", "/huge", "/report.pdf", "/empty");
            assertThat(reasons.get("/missing")).isEqualTo("HTTP 404");
            assertThat(reasons.get("/hang")).startsWith("no answer within 0.4 s");
            assertThat(reasons.get("/huge")).contains("over the 5,000,000-byte limit");
            assertThat(reasons.get("/report.pdf")).isEqualTo("not an HTML page (application/pdf)");
            assertThat(reasons.get("/empty")).isEqualTo("article has no text");
            List<StoredClaim> claims = store.claims(ClaimQuery.defaults().withText("Kharkiv"));
            assertThat(claims).extracting(c -> c.figure().value().low()).containsExactlyInAnyOrder(12L, 40L, 7L);
            StoredClaim untitled = store.claims(ClaimQuery.defaults().withSource("Klitschko")).get(0);
            assertThat(untitled.article().title()).isEqualTo("Entry title from the feed");
            assertThat(untitled.article().published()).isEqualTo(java.time.LocalDate.of(2024, 11, 4));
            assertThat(untitled.article().outlet()).isEqualTo("Example News");
            assertThat(store.check()).isEmpty();
        }
    }

    @Test
    void storesNothingTwiceWhenTheSameFeedIsIngestedAgain() throws Exception {
        try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
            ingest(store);
            IngestReport again = ingest(store);
            assertThat(again.counts().articles()).isZero();
            assertThat(again.counts().appearances()).isZero();
            assertThat(again.counts().unchanged()).isEqualTo(4);
            assertThat(store.counts().articles()).isEqualTo(3);
            assertThat(store.counts().appearances()).isEqualTo(4);
        }
    }

    private IngestReport ingest(ClaimStore store) throws InterruptedException {
        FetchOptions fetch = FetchOptions.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(400))
                .withRetries(1, Duration.ofMillis(20)).withPerHostDelay(Duration.ofMillis(5));
        IngestOptions options = IngestOptions.defaults().withThreads(2).withFetch(fetch);
        return Ingester.create(store, EXTRACTOR, options)
                .run(List.of(base + "/feed.rss"), InputStream0.EMPTY, IngestListener.NONE);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestURI().getPath()) {
                case "/feed.rss" -> send(exchange, 200, "application/rss+xml", feed());
                case "/good", "/copy" -> send(exchange, 200, "text/html; charset=utf-8",
                        Pages.html("Shelling of Kharkiv", Pages.KHARKIV));
                case "/untitled" -> send(exchange, 200, "text/html", "<html><body><p>Seven people were "
                        + "wounded in Kharkiv and Kyiv overnight, Mayor Vitali Klitschko said.</p></body></html>");
                case "/broken" -> send(exchange, 200, "text/html", "<html><body><div><p>At least 40 soldiers "
                        + "were killed near Kharkiv, the General Staff said.<p><b><i>unclosed <table><tr><td>");
                case "/empty" -> send(exchange, 200, "text/html", "<html><body><nav>Home</nav></body></html>");
                case "/report.pdf" -> send(exchange, 200, "application/pdf", "%PDF-1.4 binary");
                case "/hang" -> hang(exchange);
                case "/huge" -> huge(exchange);
                default -> send(exchange, 404, "text/html", "<html><body><p>Not found</p></body></html>");
            }
        }
    }

    private String feed() {
        StringBuilder items = new StringBuilder();
        for (String path : ITEMS) {
            String title = path.equals("/untitled") ? "Entry title from the feed" : "Item " + path;
            items.append("<item><title>").append(title).append("</title><link>").append(base).append(path)
                    .append("</link><pubDate>Mon, 04 Nov 2024 09:00:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Example News"
                + "</title><link>" + base + "</link><description>test</description>" + items + "</channel></rss>";
    }

    private void hang(HttpExchange exchange) throws IOException {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        send(exchange, 200, "text/html", "<p>too late</p>");
    }

    private static void huge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = ("<p>" + "filler text ".repeat(85_000) + "</p>").getBytes(StandardCharsets.UTF_8);
        try (OutputStream body = exchange.getResponseBody()) {
            for (int written = 0; written < 20_000_000; written += chunk.length) {
                body.write(chunk);
            }
        } catch (IOException e) {
            // the client hung up at its size cap, as it should
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
