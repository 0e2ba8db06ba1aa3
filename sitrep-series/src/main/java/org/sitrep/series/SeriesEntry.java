package org.sitrep.series;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sitrep.core.Certainty;

/**
 * One line of a series' timeline: a claim, counted once however many articles carry it.
 *
 * @param claimId the stable id of the claim that stands for all its copies (the earliest, then the smallest id)
 * @param articles every article that carries the claim, sorted
 * @param outlets the outlets of those articles, where known, sorted
 * @param date the date the figure holds for ({@code time.end}, else the article's date); null when unknown
 * @param sources the attribution chain, nearest first, each source under its canonical name
 * @param origin the canonical name of the source the figure comes from (the chain's last link), or null when the
 *     article states it in its own voice
 * @param certainty the strongest doubt among the copies: denied over hedged over asserted
 */
public record SeriesEntry(String claimId, List<String> articles, List<String> outlets, LocalDate date, Bounds value,
        List<String> sources, String origin, Certainty certainty) {
    public SeriesEntry {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(certainty, "certainty");
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        sources = List.copyOf(sources);
    }
}
