package org.sitrep.ingest.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sitrep.ingest.FetchOptions;

/**
 * Fetches URLs with {@link HttpClient}: connect and whole-response timeouts, a body size cap (checked against the
 * declared length first, then while reading), a per-host delay between requests, and retries with doubling back-off
 * for timeouts, connection errors, 5xx and 429. Redirects are followed. Thread-safe.
 */
public final class HttpFetcher {
    private final FetchOptions options;
    private final HttpClient client;
    private final Politeness politeness;

    public HttpFetcher(FetchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.politeness = new Politeness(options.perHostDelay());
    }

    /** The page at {@code url} with a 2xx status. */
    Page fetch(String url) throws FetchFailure, InterruptedException {
        URI uri = uri(url);
        long backoff = options.backoff().toMillis();
        for (int attempt = 0; ; attempt++) {
            politeness.await(uri.getHost());
            try {
                return once(uri);
            } catch (FetchFailure failure) {
                if (!failure.retryable() || attempt >= options.retries()) {
                    throw failure;
                }
                Thread.sleep(backoff << attempt);
            }
        }
    }

    private Page once(URI uri) throws FetchFailure, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(options.readTimeout())
                .header("User-Agent", options.userAgent()).GET().build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::body);
        long waitMillis = options.connectTimeout().toMillis() + options.readTimeout().toMillis();
        try {
            HttpResponse<byte[]> response = future.get(waitMillis, TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            if (status < 200 || status >= 300) {
                throw new FetchFailure("HTTP " + status, status == 429 || status >= 500);
            }
            String type = response.headers().firstValue("Content-Type").orElse(null);
            return new Page(response.uri().toString(), type, response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchFailure(noAnswer(), true);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        if (info.statusCode() < 200 || info.statusCode() >= 300) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return declared > options.maxBytes() ? CappedBody.refusing(options.maxBytes())
                : CappedBody.upTo(options.maxBytes());
    }

    private FetchFailure failure(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof CappedBody.TooLarge)) {
            root = root.getCause();
        }
        if (cause instanceof CappedBody.TooLarge || root instanceof CappedBody.TooLarge) {
            return new FetchFailure((root instanceof CappedBody.TooLarge ? root : cause).getMessage(), false);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchFailure(String.format(Locale.ROOT, "could not connect within %.1f s",
                    options.connectTimeout().toMillis() / 1e3), true);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchFailure(noAnswer(), true);
        }
        if (cause instanceof ConnectException) {
            return new FetchFailure("connection refused", true);
        }
        if (cause instanceof IOException) {
            String message = cause.getMessage();
            return new FetchFailure("network error: " + (message == null ? cause.getClass().getSimpleName()
                    : message), true);
        }
        return new FetchFailure("fetch failed: " + cause, false);
    }

    private String noAnswer() {
        return String.format(Locale.ROOT, "no answer within %.1f s", options.readTimeout().toMillis() / 1e3);
    }

    private static URI uri(String url) throws FetchFailure {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
                throw new FetchFailure("not an http(s) URL", false);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchFailure("not a valid URL: " + e.getReason(), false);
        }
    }
}
