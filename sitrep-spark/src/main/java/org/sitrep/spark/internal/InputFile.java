package org.sitrep.spark.internal;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One file the job reads, as listed on the driver and shipped to an executor.
 *
 * @param path the file's fully qualified Hadoop path ({@code file:/...}, {@code hdfs://...}, {@code s3a://...})
 * @param length its length in bytes
 */
public record InputFile(String path, long length, Kind kind) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How a file is read: by sitrep-io's article readers, or as a web archive of HTML pages. */
    public enum Kind { ARTICLES, WARC }

    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
    }

    /** The kind a file name asks for, or null for a file the job does not read. */
    static Kind kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        for (String extension : new String[] {".jsonl", ".json", ".txt", ".html", ".htm"}) {
            if (lower.endsWith(extension)) {
                return Kind.ARTICLES;
            }
        }
        return null;
    }
}
