package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.core.Measure;
import org.sitrep.series.Series;
import org.sitrep.series.SeriesJson;
import org.sitrep.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep series [KEY]}: the figure series of the stored claims, or one of them in full. */
@Command(name = "series",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Groups the stored claims into series (same measure, same subject country and role, same theatre: the "
                    + "place rolled up to its region, else its country) and lists them with their latest estimate.",
            "With KEY, prints that series: its timeline (copies of one claim counted once), revisions, conflicts, "
                    + "casualties checks and low / best / high estimates per date. The rules are in docs/series.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (also when no series matches)",
            "1:the store could not be opened or read, or no series has KEY (one line on standard error)",
            "2:usage error (unknown option, bad value)"})
final class SeriesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Parameters(paramLabel = "KEY", arity = "0..1",
            description = "A series key as listed (kp-military-killed-ru-kursk-oblast).")
    private String key;

    @Option(names = "--country", paramLabel = "CC", description = "Only series of this subject country (ISO code).")
    private String country;

    @Option(names = "--measure", paramLabel = "M", description = "Only series of this measure (killed, wounded, ...).")
    private Measure measure;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only series with a claim holding on or after DATE (YYYY-MM-DD).")
    private LocalDate since;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"table (the default), jsonl (\"A series (v1)\" of the claim format, one line per series) "
                    + "or csv (a row per series; with KEY, a row per claim of its timeline)."})
    private SeriesFormat format = SeriesFormat.TABLE;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() {
        List<Series> all;
        try (ClaimStore claimStore = store.open()) {
            all = StoreSeries.of(claimStore, key == null ? country : countryOf(key));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (key != null) {
            Optional<Series> found = all.stream().filter(series -> series.key().equals(key)).findFirst();
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("sitrep: no series " + key + " (sitrep series lists them)");
                return ExitCodes.FAILED;
            }
            writeOne(out, found.get());
        } else {
            writeList(out, all.stream().filter(this::wanted).toList());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The subject country a key starts with; null for "xx" (no country), which no store filter can select. */
    private static String countryOf(String key) {
        int dash = key.indexOf('-');
        String code = dash < 0 ? key : key.substring(0, dash);
        return code.equals("xx") ? null : code;
    }

    private boolean wanted(Series series) {
        return (measure == null || series.measure() == measure)
                && (since == null || series.lastDate().filter(date -> !date.isBefore(since)).isPresent());
    }

    private void writeList(PrintWriter out, List<Series> list) {
        switch (format) {
            case TABLE -> out.print(SeriesTable.list(list));
            case JSONL -> list.forEach(series -> out.println(SeriesJson.line(series)));
            case CSV -> {
                out.println(SeriesCsv.LIST_HEADER);
                list.forEach(series -> out.println(SeriesCsv.listRow(series)));
            }
        }
    }

    private void writeOne(PrintWriter out, Series series) {
        switch (format) {
            case TABLE -> out.print(SeriesTable.detail(series));
            case JSONL -> out.println(SeriesJson.line(series));
            case CSV -> {
                out.println(SeriesCsv.TIMELINE_HEADER);
                SeriesCsv.timelineRows(series).forEach(out::println);
            }
        }
    }
}
