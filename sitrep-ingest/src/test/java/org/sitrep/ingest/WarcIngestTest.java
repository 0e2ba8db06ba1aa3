package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.core.Measure;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.StoredClaim;

class WarcIngestTest {
    private static final Instant CRAWLED = Instant.parse("2025-01-14T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void ingestsTheHtmlResponsesOfAGzippedWarcIntoArticlesAndClaims() throws Exception {
        Path warc = dir.resolve("news.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(response("https://news.example/kharkiv", 200, MediaType.HTML_UTF8,
                    Pages.html("Shelling of Kharkiv", Pages.KHARKIV)));
            writer.write(response("https://wire.example/kharkiv-copy", 200, MediaType.HTML_UTF8,
                    Pages.html("Shelling of Kharkiv", Pages.KHARKIV)));
            writer.write(response("https://news.example/seed", 200, MediaType.parse("text/html"),
                    Pages.html("North Korean losses", Pages.SEED)));
            writer.write(response("https://news.example/logo.png", 200, MediaType.parse("image/png"), "PNG..."));
            writer.write(response("https://news.example/gone", 404, MediaType.HTML_UTF8,
                    Pages.html("Not found", "This page is gone, 404.")));
        }
        try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
            IngestReport report = Ingester.create(store, SharedExtractor.INSTANCE,
                            IngestOptions.defaults().withThreads(2))
                    .run(List.of(warc.toString()), InputStream0.EMPTY, IngestListener.NONE);
            assertThat(report.counts().articles()).isEqualTo(2);
            assertThat(report.counts().appearances()).isEqualTo(1);
            assertThat(report.counts().failures()).isZero();
            StoreCounts counts = store.counts();
            assertThat(counts.articles()).isEqualTo(2);
            assertThat(counts.appearances()).isEqualTo(3);
            List<StoredClaim> kharkiv = store.claims(ClaimQuery.defaults().withCountry("UA"));
            assertThat(kharkiv).singleElement().satisfies(claim -> {
                assertThat(claim.figure().measure()).isEqualTo(Measure.KILLED);
                assertThat(claim.figure().value().low()).isEqualTo(12L);
                assertThat(claim.figure().sources().get(0).name()).isEqualTo("Oleh Syniehubov");
                assertThat(claim.article().url()).isEqualTo("https://news.example/kharkiv");
                assertThat(claim.article().title()).isEqualTo("Shelling of Kharkiv");
            });
            List<StoredClaim> korean = store.claims(ClaimQuery.defaults().withCountry("KP"));
            assertThat(korean).extracting(c -> c.figure().measure(), c -> c.figure().value().low())
                    .contains(org.assertj.core.groups.Tuple.tuple(Measure.KILLED, 300L),
                            org.assertj.core.groups.Tuple.tuple(Measure.WOUNDED, 2700L));
            assertThat(store.check()).isEmpty();
        }
    }

    private static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
    }
}
