package org.sitrep.store;

/**
 * What one ingest run did; see {@link PutOutcome.Kind} for the first four.
 *
 * @param articles new texts stored (new versions included)
 * @param versions of those, new versions of a known locator
 * @param failures inputs that could not be read, fetched or stored
 * @param skipped inputs left alone on purpose
 */
public record RunCounts(long articles, long versions, long appearances, long unchanged, long claims, long failures,
        long skipped) {
    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0);

    /** These counts with one more outcome added. */
    public RunCounts plus(PutOutcome outcome) {
        return switch (outcome.kind()) {
            case NEW -> new RunCounts(articles + 1, versions, appearances, unchanged, claims + outcome.claims(),
                    failures, skipped);
            case NEW_VERSION -> new RunCounts(articles + 1, versions + 1, appearances, unchanged,
                    claims + outcome.claims(), failures, skipped);
            case NEW_APPEARANCE -> new RunCounts(articles, versions, appearances + 1, unchanged, claims, failures,
                    skipped);
            case UNCHANGED -> new RunCounts(articles, versions, appearances, unchanged + 1, claims, failures, skipped);
        };
    }

    public RunCounts plusFailure() {
        return new RunCounts(articles, versions, appearances, unchanged, claims, failures + 1, skipped);
    }

    public RunCounts plusSkipped() {
        return new RunCounts(articles, versions, appearances, unchanged, claims, failures, skipped + 1);
    }

    /** Inputs that gave an article, whatever the store did with it. */
    public long seen() {
        return articles + appearances + unchanged;
    }
}
