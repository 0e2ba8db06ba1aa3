package org.sitrep.server.internal;

import java.util.List;

/**
 * One page of a list in a stable order: {@code next} is the offset of the following page, null on the last one.
 */
record Page<T>(List<T> items, int limit, int offset, Integer next) {
    Page {
        items = List.copyOf(items);
    }

    /** A page from {@code fetched}, which holds up to {@code limit + 1} items: the extra one says a next page exists. */
    static <T> Page<T> of(List<T> fetched, int limit, int offset) {
        boolean more = fetched.size() > limit;
        return new Page<>(more ? fetched.subList(0, limit) : fetched, limit, offset, more ? offset + limit : null);
    }
}
