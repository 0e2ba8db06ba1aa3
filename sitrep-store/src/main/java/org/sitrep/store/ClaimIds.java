package org.sitrep.store;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.Claim;
import org.sitrep.core.Figure;

/**
 * Stable claim ids. The extractor numbers claims "c1".."cn" per run; the store names each claim by what it says,
 * so that re-extracting an article that finds the same claim gives it the same id, and the same id never names two
 * claims. The id is the first 16 hex digits (64 bits) of SHA-256 over, joined by {@code '\u001f'}:
 * the article's content hash, the claim type, the measure, the subject's words (lower-cased, spaces collapsed),
 * its country and role, the value's low and high bounds (empty when open), and the first source's name
 * (lower-cased; empty when the article speaks in its own voice). These are the fields that make a claim one claim
 * in the claim format ("one (measure, subject, value, first source) statement"). Approximation, certainty, cues,
 * place, time and offsets are left out, so a better hedge or span does not change the id. Should one extraction
 * still hold two claims with the same fields, the second gets {@code "#2"} added to the hashed text, the third
 * {@code "#3"}, in text order.
 */
public final class ClaimIds {
    private static final char SEPARATOR = '\u001f';

    private ClaimIds() {
    }

    /** The stable id of every claim, in the order given. */
    public static List<String> of(String contentHash, List<Claim> claims) {
        Map<String, Integer> seen = new HashMap<>();
        return claims.stream().map(claim -> {
            String basis = basis(contentHash, claim);
            int count = seen.merge(basis, 1, Integer::sum);
            return ContentHash.sha256Hex(count == 1 ? basis : basis + "#" + count).substring(0, 16);
        }).toList();
    }

    /** The stable id of one claim, alone in its extraction. */
    public static String of(String contentHash, Claim claim) {
        return of(contentHash, List.of(claim)).get(0);
    }

    private static String basis(String contentHash, Claim claim) {
        if (!(claim instanceof Figure figure)) {
            throw new IllegalArgumentException("unknown claim type: " + claim.type());
        }
        StringBuilder basis = new StringBuilder(contentHash);
        add(basis, figure.type());
        add(basis, figure.measure().wireName());
        add(basis, normalise(figure.subject().text()));
        add(basis, figure.subject().country());
        add(basis, figure.subject().role().wireName());
        add(basis, figure.value().low());
        add(basis, figure.value().high());
        add(basis, figure.sources().isEmpty() ? null : normalise(figure.sources().get(0).name()));
        return basis.toString();
    }

    private static void add(StringBuilder basis, Object part) {
        basis.append(SEPARATOR).append(part == null ? "" : part.toString());
    }

    private static String normalise(String words) {
        return words == null ? null : words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
