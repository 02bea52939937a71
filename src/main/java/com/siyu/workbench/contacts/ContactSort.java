package com.siyu.workbench.contacts;

/** The orders the list offers; each is a total order (ties broken by id) so paging never repeats or skips a row. */
public enum ContactSort {
    ADDED_NEWEST("f.added_at DESC, f.external_userid, f.userid"),
    ADDED_OLDEST("f.added_at ASC, f.external_userid, f.userid"),
    /** Least recently touched first, never-touched first of all: who needs attention. */
    TOUCHED_LONGEST_AGO("last_touch IS NOT NULL, last_touch ASC, f.added_at DESC, f.external_userid, f.userid"),
    TOUCHED_RECENTLY("last_touch IS NULL, last_touch DESC, f.added_at DESC, f.external_userid, f.userid"),
    NAME("coalesce(nullif(f.remark, ''), c.name) COLLATE BINARY, f.external_userid, f.userid");

    private final String orderBy;

    ContactSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
