package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.ingest.IngestListener;
import org.sitrep.store.PutOutcome;

/**
 * What {@code sitrep ingest} shows while it runs: on a terminal, a progress bar on standard error (articles, claims,
 * rate, and an ETA once the number of items is known); everywhere, one line on standard error per input that failed
 * or was skipped.
 */
final class IngestProgress implements IngestListener, AutoCloseable {
    private final PrintWriter err;
    private final ProgressBar bar;
    private long claims;

    private IngestProgress(PrintWriter err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    /** A progress bar when standard error is a terminal and {@code wanted}; otherwise failure lines only. */
    static IngestProgress create(PrintWriter err, boolean wanted) {
        if (!wanted || System.console() == null) {
            return new IngestProgress(err, null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new IngestProgress(err, bar);
    }

    @Override
    public void expecting(long count) {
        if (bar != null) {
            bar.maxHint(Math.max(bar.getMax(), 0) + count);
        }
    }

    @Override
    public void stored(String input, PutOutcome outcome) {
        claims += outcome.claims();
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format(Locale.ROOT, " %,d claims", claims));
        }
    }

    @Override
    public void failed(String input, String reason, boolean skipped) {
        if (bar != null) {
            bar.step();
        }
        err.println("sitrep: " + (skipped ? "warning: " : "") + input + ": " + reason);
        err.flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
