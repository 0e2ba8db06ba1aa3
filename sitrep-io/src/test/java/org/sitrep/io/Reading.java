package org.sitrep.io;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test shorthand: read inputs fully into a list. */
final class Reading {
    private Reading() {
    }

    static List<ReadResult> read(ReadOptions options, Path... files) {
        return read(options, Stream.of(files).map(Path::toString).toList(), InputStream.nullInputStream());
    }

    static List<ReadResult> read(Path... files) {
        return read(ReadOptions.defaults(), files);
    }

    static List<ReadResult> readStdin(String content) {
        return read(ReadOptions.defaults(), List.of("-"),
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    static List<ReadResult> read(ReadOptions options, List<String> inputs, InputStream stdin) {
        try (Stream<ReadResult> results = ArticleReader.create(options).read(inputs, stdin)) {
            return results.toList();
        }
    }

    static ReadResult single(Path file) {
        List<ReadResult> results = read(file);
        if (results.size() != 1) {
            throw new AssertionError("expected one result, got " + results);
        }
        return results.get(0);
    }
}
