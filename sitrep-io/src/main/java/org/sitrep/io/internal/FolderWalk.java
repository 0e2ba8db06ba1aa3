package org.sitrep.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The files under a folder, recursively, in the byte order of their UTF-8 relative paths. */
final class FolderWalk {
    /** One file found: its path, and its name as results show it (the folder as given, then the relative path). */
    record Found(Path path, String input) {
    }

    private record Keyed(Found found, byte[] key) {
    }

    private FolderWalk() {
    }

    static List<Found> list(Path folder, String given) throws IOException {
        Path shown = Path.of(given);
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> !Files.isDirectory(path))
                    .map(path -> folder.relativize(path))
                    .map(relative -> new Keyed(new Found(folder.resolve(relative), shown.resolve(relative).toString()),
                            relative.toString().getBytes(StandardCharsets.UTF_8)))
                    .sorted(Comparator.comparing(Keyed::key, Arrays::compareUnsigned))
                    .map(Keyed::found)
                    .collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
