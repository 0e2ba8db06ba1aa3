package org.sitrep.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.core.Article;

/** Writes generated articles into a directory, so the whole CLI can be timed on them. */
public final class CorpusWriter {
    /** The file a {@link CorpusFormat#JSONL} corpus goes to, inside the target directory. */
    public static final String JSONL_FILE = "generated.jsonl";

    private CorpusWriter() {
    }

    /** What was written: how many articles, their text bytes (UTF-8), and the file or directory holding them. */
    public record Written(int articles, long textBytes, Path location) {
    }

    /** Writes the next {@code count} articles of {@code generator} into {@code directory}, creating it if needed. */
    public static Written write(CorpusGenerator generator, int count, Path directory, CorpusFormat format)
            throws IOException {
        Files.createDirectories(directory);
        return format == CorpusFormat.JSONL
                ? writeJsonl(generator, count, directory.resolve(JSONL_FILE))
                : writeFiles(generator, count, directory);
    }

    private static Written writeJsonl(CorpusGenerator generator, int count, Path file) throws IOException {
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Article article = generator.next();
                bytes += CorpusGenerator.utf8Length(article.text());
                out.write(ArticleJson.line(article));
                out.write('\n');
            }
        }
        return new Written(count, bytes, file);
    }

    private static Written writeFiles(CorpusGenerator generator, int count, Path directory) throws IOException {
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Article article = generator.next();
            bytes += CorpusGenerator.utf8Length(article.text());
            Files.writeString(directory.resolve(article.id() + ".json"), ArticleJson.line(article) + "\n",
                    StandardCharsets.UTF_8);
        }
        return new Written(count, bytes, directory);
    }
}
