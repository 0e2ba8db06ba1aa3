package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.store.ClaimStore;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every store command shares: environment SITREP_DB, else ./sitrep.db. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "PATH", defaultValue = "${env:SITREP_DB:-sitrep.db}",
            description = "The store file (default: environment SITREP_DB, else ./sitrep.db; now ${DEFAULT-VALUE}).")
    private Path path;

    ClaimStore open() {
        return ClaimStore.open(path);
    }

    Path path() {
        return path;
    }
}
