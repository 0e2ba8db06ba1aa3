package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.IngestListener;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.Ingester;
import org.sitrep.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep reextract}: runs this extractor over stored articles and replaces their claims. */
@Command(name = "reextract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs this sitrep's extractor over the stored articles whose claims an older rule version made (every "
                    + "article with --all) and replaces their claims, one transaction per article. Claims found "
                    + "again keep their ids."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the store could not be opened, read or written (one line on standard error)",
            "2:usage error (unknown option, bad value)"})
final class ReextractCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand parent;

    @Mixin
    private StoreOption store;

    @Option(names = "--all", description = "Re-extract every article, not only those of older rule versions.")
    private boolean all;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() {
        long done;
        try (ClaimStore claimStore = store.open()) {
            done = Ingester.create(claimStore, parent.extractor(), IngestOptions.defaults())
                    .reextract(all, IngestListener.NONE);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("re-extracted %,d articles with rules %s%n", done, Extractor.VERSION);
        out.flush();
        return ExitCodes.OK;
    }
}
