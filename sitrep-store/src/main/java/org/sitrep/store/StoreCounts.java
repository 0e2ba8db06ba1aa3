package org.sitrep.store;

/**
 * How much the store holds.
 *
 * @param articles distinct texts, old versions included
 * @param currentArticles texts some locator still carries
 * @param claims claims of every text
 * @param currentClaims claims of the current texts: what queries see
 */
public record StoreCounts(long articles, long currentArticles, long appearances, long claims, long currentClaims,
        long sources, long runs, long failures) {
}
