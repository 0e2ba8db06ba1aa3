package org.sitrep.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/** The sentences articles are made of: {@code sentences.txt}, one sentence a line; {@code #} lines are comments. */
record SentencePool(List<String> sentences) {
    static final String RESOURCE = "sentences.txt";

    SentencePool {
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a sentence pool needs at least one sentence");
        }
    }

    static SentencePool load() {
        try (InputStream in = SentencePool.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " of " + SentencePool.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new SentencePool(reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    String pick(SplittableRandom random) {
        return sentences.get(random.nextInt(sentences.size()));
    }
}
