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
 * claims. The id is 16 hex digits: the first 8 of the article's content hash, then the first 8 of SHA-256 over,
 * joined by {@code '\u001f'}: the article's content hash, the claim type, the measure, the subject's words
 * (lower-cased, spaces collapsed), its country and role, the value's low and high bounds (empty when open), and the
 * first source's name (lower-cased; empty when the article speaks in its own voice). These are the fields that make
 * a claim one claim in the claim format ("one (measure, subject, value, first source) statement"). Approximation,
 * certainty, cues, place, time and offsets are left out, so a better hedge or span does not change the id. Should
 * one extraction still hold two claims with the same fields, the second gets {@code "#2"} added to the hashed text,
 * the third {@code "#3"}, in text order.
 *
 * <p>The article prefix keeps one article's ids side by side in the store's id index, so storing an article writes
 * one page of that index rather than one per claim; two claims share an id only if both halves collide (64 bits, as
 * for a plain hash).
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
            String claimHash = ContentHash.sha256Hex(count == 1 ? basis : basis + "#" + count);
            return contentHash.substring(0, 8) + claimHash.substring(0, 8);
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

    /** Lower-cased, every run of white space one space, none at the ends. */
    private static String normalise(String words) {
        if (words == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(words.length());
        boolean space = false;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
