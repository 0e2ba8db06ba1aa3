package org.sitrep.io;

import java.util.Objects;

/**
 * What a claim line carries besides the claim format's fields (see {@link ClaimJson#toLine(
 * org.sitrep.core.Extraction, LineOptions)}). The format allows added fields, so readers that do not know these
 * ignore them.
 *
 * @param explain each claim's {@code explain} object (the rule that set each field)
 * @param text the article's text, as {@code article.text}, so that the line can be stored without its input
 * @param extractorVersion written as the top-level {@code extractor_version} field when not null: the rules that
 *     found the claims
 */
public record LineOptions(boolean explain, boolean text, String extractorVersion) {
    public LineOptions {
        if (extractorVersion != null && extractorVersion.isBlank()) {
            throw new IllegalArgumentException("blank extractor version");
        }
    }

    /** The claim format alone: no explain, no text, no extractor version. */
    public static LineOptions defaults() {
        return new LineOptions(false, false, null);
    }

    /**
     * What a line needs to be loaded into sitrep's store without its input ({@code sitrep load}) as {@code ingest}
     * would have stored it: the article's text, each claim's explain and the version of the rules that found them.
     */
    public static LineOptions storable(String extractorVersion) {
        return new LineOptions(true, true, Objects.requireNonNull(extractorVersion, "extractorVersion"));
    }

    public LineOptions withExplain(boolean explain) {
        return new LineOptions(explain, text, extractorVersion);
    }

    public LineOptions withText(boolean text) {
        return new LineOptions(explain, text, extractorVersion);
    }

    public LineOptions withExtractorVersion(String version) {
        return new LineOptions(explain, text, version);
    }
}
