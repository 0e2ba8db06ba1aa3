package org.sitrep.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a classpath TSV resource: comment lines starting with '#', one header line naming the columns, rows. */
final class Tsv {
    private final Map<String, Integer> columns;
    private final List<String[]> rows;

    private Tsv(Map<String, Integer> columns, List<String[]> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    static Tsv load(String resource) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " (a broken build?)");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Integer> columns = null;
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        columns.put(cells[i].trim(), i);
                    }
                } else {
                    rows.add(cells);
                }
            }
            if (columns == null) {
                throw new IllegalStateException(resource + " has no header line");
            }
            return new Tsv(columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    List<String[]> rows() {
        return rows;
    }

    String get(String[] row, String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new IllegalStateException("no column " + column);
        }
        return i < row.length ? row[i].trim() : "";
    }

    List<String> list(String[] row, String column) {
        String cell = get(row, column);
        List<String> out = new ArrayList<>();
        if (!cell.isEmpty()) {
            for (String part : cell.split("\\|")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    static Double number(String cell) {
        return cell.isEmpty() ? null : Double.valueOf(cell);
    }
}
