package org.sitrep.store.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.RunCounts;
import org.sitrep.store.RunFailure;

/** The {@code runs} and {@code run_failures} tables: what was ingested when, and what could not be. */
public final class RunLog {
    private final Sql sql;

    public RunLog(Sql sql) {
        this.sql = sql;
    }

    public long start(String command, List<String> inputs, Instant now) throws SQLException {
        return sql.insert("INSERT INTO runs (command, inputs, started_at) VALUES (?, ?, ?)", command,
                String.join("\n", inputs), now.toString());
    }

    public void failure(long runId, String input, String reason, boolean skipped, Instant now) throws SQLException {
        sql.update("INSERT INTO run_failures (run_id, input, reason, skipped, at) VALUES (?, ?, ?, ?, ?)", runId,
                input, reason, skipped, now.toString());
    }

    /** Writes the counts so far; {@code finishedAt} null while the run goes on. */
    public void update(long runId, RunCounts counts, Instant finishedAt) throws SQLException {
        sql.update("UPDATE runs SET articles = ?, versions = ?, appearances = ?, unchanged = ?, claims = ?, "
                + "failures = ?, skipped = ?, finished_at = ? WHERE id = ?", counts.articles(), counts.versions(),
                counts.appearances(), counts.unchanged(), counts.claims(), counts.failures(), counts.skipped(),
                finishedAt == null ? null : finishedAt.toString(), runId);
    }

    public List<RunFailure> failures(long runId) throws SQLException {
        List<RunFailure> failures = new ArrayList<>();
        sql.forEachRow("SELECT run_id, input, reason, skipped, at FROM run_failures WHERE run_id = " + runId
                + " ORDER BY id", r -> failures.add(new RunFailure(r.getLong(1), r.getString(2), r.getString(3),
                        r.getInt(4) == 1, Instant.parse(r.getString(5)))));
        return failures;
    }
}
