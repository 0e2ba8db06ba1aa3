package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.Extraction;
import org.sitrep.core.Measure;
import org.sitrep.core.Role;
import org.sitrep.io.ClaimJson;
import org.sitrep.store.ClaimCsv;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep claims}: one page of the stored claims matching the filters, newest first. */
@Command(name = "claims",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Lists the stored claims matching every filter given, newest first (by the date a figure holds for: "
                    + "its time, else its article's date), --limit at a time.",
            "Only current claims are listed: those of an article's latest version."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (also when no claim matches)",
            "1:the store could not be opened or read (one line on standard error)",
            "2:usage error (unknown option, bad value)"})
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--measure", paramLabel = "M", description = "killed, wounded, casualties, missing, captured, "
            + "surrendered, released, deployed, displaced or detained.")
    private Measure measure;

    @Option(names = "--country", paramLabel = "CC", description = "The counted group's ISO 3166-1 alpha-2 code.")
    private String country;

    @Option(names = "--role", paramLabel = "R", description = "military, militant, civilian, police or unknown.")
    private Role role;

    @Option(names = "--source", paramLabel = "TEXT",
            description = "Words in the name of any source of the chain, or in the words that named it.")
    private String source;

    @Option(names = "--since", paramLabel = "DATE", description = "First date included (YYYY-MM-DD).")
    private LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Last date included (YYYY-MM-DD).")
    private LocalDate until;

    @Option(names = "--text", paramLabel = "QUERY",
            description = "Words that must all occur in the article's title or text (full-text search).")
    private String text;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (the default), jsonl (one claim-format line per claim) or csv.")
    private StoreFormat format = StoreFormat.TABLE;

    @Option(names = "--limit", paramLabel = "N",
            description = "Claims per page; 0 for all (default: ${DEFAULT-VALUE}).")
    private int limit = ClaimQuery.DEFAULT_LIMIT;

    @Option(names = "--offset", paramLabel = "N", description = "Matching claims to skip (default: ${DEFAULT-VALUE}).")
    private int offset;

    @Option(names = "--explain", description = "With jsonl: add each claim's explain field.")
    private boolean explain;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() {
        if (format == StoreFormat.ESTIMATES_CSV) {
            throw new ParameterException(spec.commandLine(), "--format estimates-csv is for export; claims takes "
                    + "table, jsonl or csv");
        }
        if (limit < 0 || offset < 0) {
            throw new ParameterException(spec.commandLine(), "--limit and --offset must not be negative");
        }
        ClaimQuery query = new ClaimQuery(measure, country, role, source, since, until, text, limit, offset);
        List<StoredClaim> claims;
        try (ClaimStore claimStore = store.open()) {
            claims = claimStore.claims(query);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TABLE -> out.print(ClaimsTable.format(claims));
            case JSONL -> claims.forEach(claim -> out.println(ClaimJson.toLine(
                    new Extraction(claim.article(), List.of(claim.figure()), List.of()), explain)));
            case CSV -> {
                out.println(ClaimCsv.HEADER);
                claims.forEach(claim -> out.println(ClaimCsv.row(claim)));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
