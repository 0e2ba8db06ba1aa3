package org.sitrep.series;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.series.internal.Names;

/**
 * The names under which recurring sources appear across articles ("South Korea's spy agency", "NIS", "National
 * Intelligence Service"), each mapped to one canonical name and the country that speaks through it. The bundled
 * table is {@code source-aliases.tsv} beside this class: columns {@code alias}, {@code name}, {@code country};
 * lines starting with '#' are comments. Names are matched after {@link Names#key} (case, accents, dots,
 * punctuation and a leading "the" do not matter). Immutable.
 */
public final class SourceAliases {
    /** The bundled table's resource name, relative to this class. */
    public static final String RESOURCE = "source-aliases.tsv";

    private final Map<String, Known> byKey;

    private SourceAliases(Map<String, Known> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The table committed with sitrep. */
    public static SourceAliases bundled() {
        return Bundled.TABLE;
    }

    /** No aliases: every name stands for itself. */
    public static SourceAliases none() {
        return new SourceAliases(Map.of());
    }

    /** A table from TSV lines (the header line {@code alias\tname\tcountry} and comments are skipped). */
    public static SourceAliases parse(List<String> lines) {
        Map<String, Known> byKey = new HashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("alias\t")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new IllegalArgumentException("alias line " + number + " needs alias and name: " + line);
            }
            String country = cells.length > 2 && !cells[2].isBlank() ? cells[2].strip() : null;
            Known known = new Known(cells[1].strip(), country);
            putOnce(byKey, Names.key(cells[0]), known, number);
            putOnce(byKey, Names.key(cells[1]), known, number);
        }
        return new SourceAliases(byKey);
    }

    /** The canonical name of {@code name}, or {@code name} itself (stripped) when the table does not know it. */
    public String canonicalName(String name) {
        Known known = byKey.get(Names.key(name));
        return known == null ? name.strip() : known.name();
    }

    /** The country of the source {@code name} stands for, when the table gives one. */
    public Optional<String> country(String name) {
        Known known = byKey.get(Names.key(name));
        return known == null ? Optional.empty() : Optional.ofNullable(known.country());
    }

    /** How many distinct spellings the table knows. */
    public int size() {
        return byKey.size();
    }

    private static void putOnce(Map<String, Known> byKey, String key, Known known, int number) {
        Known before = byKey.putIfAbsent(key, known);
        if (before != null && !before.equals(known)) {
            throw new IllegalArgumentException("alias line " + number + ": \"" + key + "\" already stands for "
                    + before.name());
        }
    }

    private record Known(String name, String country) {
    }

    private static final class Bundled {
        static final SourceAliases TABLE = load();

        private static SourceAliases load() {
            try (InputStream in = SourceAliases.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return parse(reader.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
