package org.sitrep.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import org.sitrep.io.ArticleReader;
import org.sitrep.io.ReadOptions;

/**
 * Reads one listed file on an executor, lazily: article files through sitrep-io (the same formats, ids and limits
 * as {@code sitrep extract}), web archives through {@link WarcPages}. The file is closed when its records run out
 * or when the task ends, whichever comes first.
 */
public final class FileReading {
    private FileReading() {
    }

    public static Iterator<ArticleRecord> read(InputFile file, Configuration conf, long maxBytes) {
        ArticleReader reader = ArticleReader.create(ReadOptions.defaults().withMaxBytes(maxBytes));
        InputStream in;
        try {
            Path path = new Path(file.path());
            in = path.getFileSystem(conf).open(path);
        } catch (IOException e) {
            return List.of(ArticleRecord.rejected(file.path(), "cannot open: " + e.getMessage())).iterator();
        }
        if (file.kind() == InputFile.Kind.WARC) {
            WarcPages pages = new WarcPages(file.path(), in, reader, maxBytes);
            return closing(pages, pages);
        }
        Stream<ArticleRecord> records = reader.read(file.path(), in, file.length()).map(ArticleRecord::of);
        return closing(records.iterator(), records::close);
    }

    private static <T> Iterator<T> closing(Iterator<T> iterator, AutoCloseable resource) {
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> closeQuietly(resource));
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = iterator.hasNext();
                if (!more) {
                    closeQuietly(resource);
                }
                return more;
            }

            @Override
            public T next() {
                return iterator.next();
            }
        };
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            // an input stream that was read to its end or abandoned loses nothing when its close fails
        }
    }
}
