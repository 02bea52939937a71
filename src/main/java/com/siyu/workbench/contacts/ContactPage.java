package com.siyu.workbench.contacts;

import java.util.List;

/** One page of the list, and whether more rows follow it. */
public record ContactPage(List<ContactRow> rows, int offset, boolean hasMore) {
    public ContactPage {
        rows = List.copyOf(rows);
    }
}
