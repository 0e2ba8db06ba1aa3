package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.Article;
import org.sitrep.core.Claim;
import org.sitrep.core.Extraction;
import org.sitrep.io.ClaimJson;
import org.sitrep.series.EstimatesCsv;
import org.sitrep.store.ClaimCsv;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: every current claim in the store, streamed. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes every current claim in the store to standard output, article by article in the order they "
                    + "were stored: csv (one row per claim under a header) or jsonl (the claim format, one line per "
                    + "article that has claims; claim ids are the store's stable ids, article ids its article keys).",
            "estimates-csv writes instead one row per figure series and date with its low, best and high estimate "
                    + "and the sources it rests on, in columns named after UCDP GED's (docs/series.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the store could not be opened or read (one line on standard error)",
            "2:usage error (unknown option, bad value)"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "csv, jsonl or estimates-csv.")
    private StoreFormat format;

    @Option(names = "--explain", description = "With jsonl: add each claim's explain field.")
    private boolean explain;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() {
        if (format == StoreFormat.TABLE) {
            throw new ParameterException(spec.commandLine(), "--format must be csv, jsonl or estimates-csv for export");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ClaimStore claimStore = store.open()) {
            if (format == StoreFormat.ESTIMATES_CSV) {
                out.println(EstimatesCsv.HEADER);
                StoreSeries.of(claimStore, null).forEach(series -> EstimatesCsv.rows(series).forEach(out::println));
            } else if (format == StoreFormat.CSV) {
                out.println(ClaimCsv.HEADER);
                claimStore.forEachClaim(claim -> out.println(ClaimCsv.row(claim)));
            } else {
                ArticleLines lines = new ArticleLines(out, explain);
                claimStore.forEachClaim(lines::add);
                lines.flush();
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Gathers consecutive claims of one article into one claim-format line. */
    private static final class ArticleLines {
        private final PrintWriter out;
        private final boolean explain;
        private final List<Claim> claims = new ArrayList<>();
        private Article article;

        ArticleLines(PrintWriter out, boolean explain) {
            this.out = out;
            this.explain = explain;
        }

        void add(StoredClaim claim) {
            if (article != null && !article.id().equals(claim.article().id())) {
                flush();
            }
            article = claim.article();
            claims.add(claim.figure());
        }

        void flush() {
            if (article != null) {
                out.println(ClaimJson.toLine(new Extraction(article, claims, List.of()), explain));
                claims.clear();
                article = null;
            }
        }
    }
}
