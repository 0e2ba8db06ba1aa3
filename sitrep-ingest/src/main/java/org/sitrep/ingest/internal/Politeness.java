package org.sitrep.ingest.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Spaces requests to one host at least {@code delay} apart; requests to other hosts do not wait. Thread-safe. */
final class Politeness {
    private final long delayNanos;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    Politeness(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    void await(String host) throws InterruptedException {
        long wait;
        synchronized (this) {
            String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
            long now = System.nanoTime();
            long allowed = Math.max(now, nextAllowed.getOrDefault(key, now));
            nextAllowed.put(key, allowed + delayNanos);
            wait = allowed - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
