package org.sitrep.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.core.Article;
import org.sitrep.core.Extraction;
import org.sitrep.extract.Extractor;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.Sighting;

/**
 * The server's load test, run by hand (not a unit test): fills a fresh store with about 100,000 claims, serves it on
 * 127.0.0.1, then sends {@code GET /api/claims?country=KP&measure=killed&limit=50} open-loop at 200 requests/s over
 * 50 connections for 30 s (after 5 s of warm-up) and prints the latency percentiles. Open loop: each request has
 * its planned start time and its latency counts from then, so a slow server cannot slow the arrivals down and
 * hide its own queueing. See docs/server.md for the command and the numbers.
 *
 * <p>Arguments (all optional): claims (100000), rate per second (200), connections (50), seconds (30), and a store
 * file to fill (when it holds fewer claims) and keep, instead of a temporary one.
 */
public final class ServeLoad {
    private static final String QUERY = "/api/claims?country=KP&measure=killed&limit=50";

    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        long claims = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Path folder = args.length > 4 ? null : Files.createTempDirectory("sitrep-load");
        Path file = folder == null ? Path.of(args[4]) : folder.resolve("sitrep.db");
        Extractor extractor = Extractor.create();
        try (ClaimStore store = ClaimStore.open(file)) {
            long began = System.nanoTime();
            if (store.counts().currentClaims() < claims) {
                fill(store, extractor, claims - store.counts().currentClaims());
            }
            System.out.printf(Locale.ROOT, "store: %,d current claims in %,d articles, filled in %.1f s%n",
                    store.counts().currentClaims(), store.counts().currentArticles(),
                    (System.nanoTime() - began) / 1e9);
            for (int cached : new int[] {ServerConfig.DEFAULT_CACHED_RESPONSES, 0}) {
                ServerConfig config = ServerConfig.defaults().withPort(0).withCachedResponses(cached);
                try (SitrepServer server = SitrepServer.start(config, store, extractor)) {
                    String url = "http://127.0.0.1:" + server.port() + QUERY;
                    run(url, rate, connections, 5, false);
                    long[] latencies = run(url, rate, connections, seconds, true);
                    System.out.println(cached > 0 ? "with the response cache (the default):"
                            : "without it (every request reads the store):");
                    report(latencies, rate, connections, seconds);
                }
            }
        } finally {
            if (folder != null) {
                try (var files = Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    /** Stores copies of the test articles, each with its own text and date, until the store holds {@code claims}. */
    private static void fill(ClaimStore store, Extractor extractor, long claims) throws IOException {
        List<Article> templates = new ArrayList<>();
        for (String name : List.of("kursk-update.json", "washington.json")) {
            templates.add(template(resource("/articles/" + name)));
        }
        templates.add(template(Files.readString(Path.of("..", "examples", "seed.json"))));
        List<Extraction> extractions = templates.stream().map(extractor::extract).toList();
        long stored = 0;
        int copy = 0;
        while (stored < claims) {
            List<Sighting> batch = new ArrayList<>();
            List<Extraction> made = new ArrayList<>();
            for (int i = 0; i < 2_000 && stored < claims; i++, copy++) {
                Extraction template = extractions.get(copy % extractions.size());
                Article a = template.article();
                LocalDate published = LocalDate.of(2024, 1, 1).plusDays(copy % 700);
                Article article = new Article(a.id() + "-" + copy, "https://example.org/" + a.id() + "/" + copy,
                        a.outlet(), a.title(), published, a.text() + "\n[copy " + copy + "]\n");
                batch.add(new Sighting(article, article.url(), Instant.parse("2025-06-01T00:00:00Z")));
                made.add(new Extraction(article, template.claims(), List.of()));
                stored += template.claims().size();
            }
            store.putAll(batch, Extractor.VERSION, article -> made.stream()
                    .filter(e -> e.article() == article).findFirst().orElseThrow());
        }
    }

    private static Article template(String json) {
        com.fasterxml.jackson.databind.JsonNode node;
        try {
            node = RunningServer.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Article(node.get("id").asText(), null, node.path("outlet").asText(null),
                node.path("title").asText(null), LocalDate.parse(node.get("published").asText()),
                node.get("text").asText());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ServeLoad.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Sends {@code rate × seconds} requests at their planned times; returns each one's latency in microseconds. */
    private static long[] run(String url, int rate, int connections, int seconds, boolean measured)
            throws InterruptedException {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger failures = new AtomicInteger();
        ThreadLocal<HttpClient> clients = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime() + 20_000_000;
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long planned = start + i * interval;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            pool.execute(() -> {
                try {
                    HttpResponse<byte[]> response = clients.get().send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                } catch (IOException | InterruptedException e) {
                    failures.incrementAndGet();
                }
                latencies[index] = (System.nanoTime() - planned) / 1_000;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        if (measured && failures.get() > 0) {
            System.out.printf(Locale.ROOT, "failures: %d of %d%n", failures.get(), total);
        }
        return latencies;
    }

    private static void report(long[] latencies, int rate, int connections, int seconds) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "GET %s: %d requests, open loop at %d/s over %d connections for %d s%n",
                QUERY, sorted.length, rate, connections, seconds);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e3);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e3;
    }
}
