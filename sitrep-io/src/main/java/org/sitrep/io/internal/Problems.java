package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Short, one-line reasons for exceptions met while reading. */
final class Problems {
    private static final int MAX_MESSAGE = 160;

    private Problems() {
    }

    static String ofIo(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return "cannot read: " + fs.getReason();
        }
        return "cannot read: " + firstLine(String.valueOf(e.getMessage()));
    }

    /** "malformed JSON: Unexpected end-of-input ... (line 3, column 1)", Jackson's message without its source dump. */
    static String ofJson(JsonProcessingException e, int lineOffset, boolean withLine) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = firstLine(message);
        int source = message.indexOf(" (start marker at");
        if (source < 0) {
            source = message.indexOf(" at [Source");
        }
        if (source > 0) {
            message = message.substring(0, source);
        }
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            message += withLine
                    ? " (line " + (at.getLineNr() + lineOffset) + ", column " + at.getColumnNr() + ")"
                    : " (column " + at.getColumnNr() + ")";
        }
        return "malformed JSON: " + message;
    }

    private static String firstLine(String message) {
        String line = message.strip();
        int newline = line.indexOf('\n');
        if (newline >= 0) {
            line = line.substring(0, newline).strip();
        }
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE - 3) + "..." : line;
    }
}
