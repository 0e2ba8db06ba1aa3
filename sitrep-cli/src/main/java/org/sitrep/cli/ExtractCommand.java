package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.core.Article;
import org.sitrep.extract.Extractor;
import org.sitrep.io.ArticleReader;
import org.sitrep.io.ReadOptions;
import org.sitrep.io.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep extract PATH...}: reads articles, extracts their claims on worker threads, writes them in input order. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Extracts the claims of each article in PATH... and writes them in input order.",
            "Reads .txt (the article id is the file name without extension), .html/.htm, article .json, "
                    + ".jsonl (one article a line, streamed), folders (recursively, in byte order of their paths; "
                    + "files of other types are skipped with a warning) and - (standard input).",
            "An unreadable, binary, undecodable or oversized input, or an article without text, gets one line on "
                    + "standard error; every other input is still processed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read and extracted (warnings aside)",
            "1:at least one input failed (each named on standard error)",
            "2:usage error (unknown option, bad value)"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand parent;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"table (the default, for people: a row per claim), jsonl (the claim format, one line "
                    + "per article) or json (the same objects pretty-printed, one after another, each followed "
                    + "by a newline; not wrapped in an array)."})
    private OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--explain", description = "Add each claim's explain field: the rule that set each field.")
    private boolean explain;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for articles whose input gives none.")
    private LocalDate published;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Largest article to read, in bytes; larger ones fail (default: ${DEFAULT-VALUE}).")
    private long maxBytes = ReadOptions.defaults().maxBytes();

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for extraction (default: the number of processors, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    private DebugOption debug;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files, folders, or - for standard input.")
    private List<String> inputs;

    @Override
    public Integer call() {
        ReadOptions options = readOptions();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        Extractor extractor = parent.extractor();
        OutcomeWriter writer = new OutcomeWriter(spec.commandLine().getOut(), spec.commandLine().getErr(),
                debug.on());
        try (Stream<ReadResult> results = ArticleReader.create(options).read(inputs, parent.stdin());
                InOrderPool<Outcome> pool = new InOrderPool<>(threads, writer::write)) {
            results.forEach(result -> {
                if (result instanceof ReadResult.Loaded loaded) {
                    pool.submit(() -> extract(extractor, loaded));
                } else if (result instanceof ReadResult.Failed failed) {
                    pool.submitDone(new Outcome.Failed(failed.input(), failed.reason(), null));
                } else if (result instanceof ReadResult.Skipped skipped) {
                    pool.submitDone(new Outcome.Warned(skipped.input(), skipped.reason()));
                }
            });
        }
        spec.commandLine().getOut().flush();
        return writer.failures() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private ReadOptions readOptions() {
        if (maxBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be positive, not " + maxBytes);
        }
        ReadOptions options = ReadOptions.defaults().withMaxBytes(maxBytes);
        return published == null ? options : options.withDefaultPublished(published);
    }

    private Outcome extract(Extractor extractor, ReadResult.Loaded loaded) {
        Article article = loaded.article();
        try {
            return new Outcome.Written(format.render(extractor.extract(article), explain));
        } catch (RuntimeException | StackOverflowError e) {
            String which = article.id().equals(loaded.input()) ? "" : " (article " + article.id() + ")";
            return new Outcome.Failed(loaded.input() + which, "extraction failed: " + Messages.oneLine(e), e);
        }
    }
}
