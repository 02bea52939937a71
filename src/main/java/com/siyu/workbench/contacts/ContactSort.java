package com.siyu.workbench.contacts;

/** The orders the list offers; each is a total order (ties broken by id) so paging never repeats or skips a row. */
public enum ContactSort {
    /** In the order of idx_follows_member_page, so one member's newest page is read without a sort. */
    ADDED_NEWEST("f.added_at DESC, f.external_userid DESC, f.userid DESC", null),
    ADDED_OLDEST("f.added_at ASC, f.external_userid ASC, f.userid ASC", null),
    /** Least recently touched first, never-touched first of all: who needs attention. */
    TOUCHED_LONGEST_AGO("last_touch IS NOT NULL, last_touch ASC, f.added_at DESC, f.external_userid, f.userid",
            ContactSort.LAST_TOUCH),
    TOUCHED_RECENTLY("last_touch IS NULL, last_touch DESC, f.added_at DESC, f.external_userid, f.userid",
            ContactSort.LAST_TOUCH),
    NAME("sort_name, f.external_userid, f.userid",
            "(SELECT coalesce(nullif(f.remark, ''), c.name) FROM contacts c"
                    + " WHERE c.external_userid = f.external_userid) AS sort_name");

    private static final String LAST_TOUCH = "(SELECT MAX(t.touched_at) FROM contact_touches t"
            + " WHERE t.external_userid = f.external_userid AND t.userid = f.userid) AS last_touch";

    private final String orderBy;
    private final String sortColumn;

    ContactSort(String orderBy, String sortColumn) {
        this.orderBy = orderBy;
        this.sortColumn = sortColumn;
    }

    String orderBy() {
        return orderBy;
    }

    /** The computed column the order needs, selected next to the keys ("" when it sorts on follows alone). */
    String sortColumn() {
        return sortColumn == null ? "" : ", " + sortColumn;
    }
}
