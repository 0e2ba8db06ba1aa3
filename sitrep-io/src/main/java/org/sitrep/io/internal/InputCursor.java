package org.sitrep.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.io.ReadResult;

/** Every result of a list of inputs (files, folders, {@code -}) in order, holding at most one file open. */
public final class InputCursor implements Cursor {
    private final Iterator<String> inputs;
    private final InputStream stdin;
    private final ReadContext context;
    private final Deque<FolderWalk.Found> folderFiles = new ArrayDeque<>();
    private Cursor current = Cursor.empty();
    private String currentInput = "";

    public InputCursor(List<String> inputs, InputStream stdin, ReadContext context) {
        this.inputs = List.copyOf(inputs).iterator();
        this.stdin = stdin;
        this.context = context;
    }

    /**
     * One input already open as a stream, read as the file {@code name} would be (its extension picks the format, its
     * name gives the ids); {@code size} is its length in bytes, or -1 when unknown. The cursor closes {@code in}.
     */
    public static InputCursor ofStream(String input, Path name, long size, InputStream in, ReadContext context) {
        InputCursor cursor = new InputCursor(List.of(), InputStream.nullInputStream(), context);
        cursor.currentInput = input;
        cursor.current = cursor.guarded(() -> FileCursors.open(input, name, size, in, context));
        return cursor;
    }

    @Override
    public ReadResult next() {
        while (true) {
            ReadResult result = nextOfCurrent();
            if (result != null) {
                return result;
            }
            current.close();
            if (!folderFiles.isEmpty()) {
                FolderWalk.Found file = folderFiles.poll();
                currentInput = file.input();
                current = guarded(() -> FileCursors.open(file.path(), file.input(), context));
            } else if (inputs.hasNext()) {
                currentInput = inputs.next();
                current = guarded(() -> open(currentInput));
            } else {
                current = Cursor.empty();
                return null;
            }
        }
    }

    /** A bug in a reader (a runtime exception) fails its input, not the whole run. */
    private ReadResult nextOfCurrent() {
        try {
            return current.next();
        } catch (RuntimeException e) {
            current.close();
            current = Cursor.empty();
            return failedByBug(e);
        }
    }

    private Cursor guarded(Supplier<Cursor> opener) {
        try {
            return opener.get();
        } catch (RuntimeException e) {
            return Cursor.of(failedByBug(e));
        }
    }

    private ReadResult failedByBug(RuntimeException e) {
        return new ReadResult.Failed(currentInput, "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private Cursor open(String input) {
        if (input.equals(StdinCursor.INPUT)) {
            return StdinCursor.open(stdin, context);
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            return Cursor.of(new ReadResult.Failed(input, "not a valid path"));
        }
        if (!Files.isDirectory(path)) {
            return FileCursors.open(path, input, context);
        }
        try {
            List<FolderWalk.Found> files = FolderWalk.list(path, input);
            folderFiles.addAll(files);
            return files.isEmpty() ? Cursor.of(new ReadResult.Skipped(input, "no files in the folder")) : Cursor.empty();
        } catch (IOException e) {
            return Cursor.of(new ReadResult.Failed(input, Problems.ofIo(e)));
        }
    }

    @Override
    public void close() {
        current.close();
        current = Cursor.empty();
        folderFiles.clear();
    }
}
