package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import org.sitrep.extract.Extractor;
import org.sitrep.store.ClaimStore;

/** {@code IngestMain DB INPUT...}: an ingest run in a process of its own, for the test that kills it. */
public final class IngestMain {
    private IngestMain() {
    }

    public static void main(String[] args) throws Exception {
        try (ClaimStore store = ClaimStore.open(Path.of(args[0]))) {
            Ingester.create(store, Extractor.create(), IngestOptions.defaults().withThreads(1))
                    .run(Arrays.asList(args).subList(1, args.length), System.in, IngestListener.NONE);
        }
    }
}
