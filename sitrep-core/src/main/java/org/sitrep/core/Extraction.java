package org.sitrep.core;

import java.util.List;
import java.util.Objects;

/** What the extractor found in one article: its claims in text order, and a bounded list of diagnostics. */
public record Extraction(Article article, List<Claim> claims, List<Diagnostic> diagnostics) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        claims = List.copyOf(claims);
        diagnostics = List.copyOf(diagnostics);
    }
}
