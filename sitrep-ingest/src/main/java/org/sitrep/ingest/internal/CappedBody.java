package org.sitrep.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A response body collected into memory that gives up, cancelling the download, past {@code maxBytes}. */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long maxBytes;
    private final boolean refuse;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(long maxBytes, boolean refuse) {
        this.maxBytes = maxBytes;
        this.refuse = refuse;
    }

    /** Collects up to {@code maxBytes}. */
    static CappedBody upTo(long maxBytes) {
        return new CappedBody(maxBytes, false);
    }

    /** Cancels at once: the response declared a length over {@code maxBytes}. */
    static CappedBody refusing(long maxBytes) {
        return new CappedBody(maxBytes, true);
    }

    /** Thrown (inside the future) when the body passes the cap. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(long maxBytes) {
            super(String.format("the page is over the %,d-byte limit", maxBytes), null, false, false);
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
        subscription = value;
        if (refuse) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge(maxBytes));
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        if (bytes.size() > maxBytes && !result.isDone()) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge(maxBytes));
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
