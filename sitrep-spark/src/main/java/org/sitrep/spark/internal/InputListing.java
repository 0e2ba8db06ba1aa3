package org.sitrep.spark.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files behind the job's inputs, listed on the driver through Hadoop's file systems, so any path Spark reads
 * works: a file, a folder (recursively, leaving out hidden files whose names start with {@code .} or {@code _}, as
 * Hadoop does) or a glob. An input that matches nothing is a reject; a file of a type the job does not read is
 * skipped.
 *
 * @param files the files to read, in path order
 * @param missing rejects for inputs that match no file
 * @param skipped how many files were left out for their type
 */
public record InputListing(List<InputFile> files, List<ArticleRecord> missing, int skipped) {
    public InputListing {
        files = List.copyOf(files);
        missing = List.copyOf(missing);
    }

    public static InputListing list(Configuration conf, List<String> inputs) throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<ArticleRecord> missing = new ArrayList<>();
        int skipped = 0;
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                missing.add(ArticleRecord.rejected(input, "no such file or folder"));
                continue;
            }
            for (FileStatus match : matches) {
                for (FileStatus file : filesUnder(fs, match)) {
                    InputFile.Kind kind = InputFile.kindOf(file.getPath().getName());
                    if (kind == null) {
                        skipped++;
                    } else {
                        files.add(new InputFile(file.getPath().toString(), file.getLen(), kind));
                    }
                }
            }
        }
        files.sort(Comparator.comparing(InputFile::path));
        return new InputListing(files, missing, skipped);
    }

    private static List<FileStatus> filesUnder(FileSystem fs, FileStatus match) throws IOException {
        if (!match.isDirectory()) {
            return List.of(match);
        }
        String root = match.getPath().toUri().getPath();
        List<FileStatus> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
        while (walk.hasNext()) {
            LocatedFileStatus file = walk.next();
            if (!isHidden(file.getPath().toUri().getPath().substring(root.length()))) {
                found.add(file);
            }
        }
        return found;
    }

    /** Hidden below the listed folder: any path segment starting with {@code .} or {@code _}. */
    private static boolean isHidden(String relative) {
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".") || segment.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
