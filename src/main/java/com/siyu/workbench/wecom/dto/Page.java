package com.siyu.workbench.wecom.dto;

import java.util.List;

/** One page of a cursor-paged WeCom list: the items and the cursor for the next page (empty = this was the last page). */
public record Page<T>(List<T> items, String nextCursor) {
    public Page {
        items = items == null ? List.of() : List.copyOf(items);
        nextCursor = nextCursor == null ? "" : nextCursor;
    }

    /** WeCom signals the end with an empty or absent {@code next_cursor}. */
    public boolean hasMore() {
        return !nextCursor.isEmpty();
    }
}
