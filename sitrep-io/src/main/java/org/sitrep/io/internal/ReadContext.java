package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Objects;
import org.sitrep.io.ReadOptions;

/** What every reader of one {@code ArticleReader} shares: its options and a JSON factory bounded by them. */
public record ReadContext(ReadOptions options, JsonFactory json) {
    public ReadContext {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(json, "json");
    }

    /** A context whose JSON parsers refuse any string longer than {@code maxBytes} before building it whole. */
    public static ReadContext of(ReadOptions options) {
        int maxString = (int) Math.min(options.maxBytes(), Integer.MAX_VALUE - 16);
        JsonFactory json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
                .build();
        return new ReadContext(options, json);
    }

    long maxBytes() {
        return options.maxBytes();
    }

    String overLimit(String what, long size) {
        return String.format("%s is %,d bytes, over the %,d-byte limit", what, size, options.maxBytes());
    }

    String overLimit(String what) {
        return String.format("%s is over the %,d-byte limit", what, options.maxBytes());
    }
}
