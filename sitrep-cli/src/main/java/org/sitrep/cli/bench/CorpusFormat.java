package org.sitrep.cli.bench;

/** How {@link CorpusWriter} lays out a generated corpus on disk. */
public enum CorpusFormat {
    /** One file, {@code generated.jsonl}, with one article object a line. */
    JSONL,
    /** One {@code <id>.json} file per article. */
    FILES
}
