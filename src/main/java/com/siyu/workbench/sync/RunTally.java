package com.siyu.workbench.sync;

/** A run's running totals in memory (the durable copy is the {@code sync_runs} row, updated with each page). */
final class RunTally {
    private int pages;
    private PageCounts counts = PageCounts.NONE;
    private int sent;
    private int parked;

    void page(int remotePages, PageCounts page) {
        pages += remotePages;
        counts = counts.plus(page);
    }

    void outbox(int sentItems, int parkedItems) {
        sent += sentItems;
        parked += parkedItems;
    }

    int pages() {
        return pages;
    }

    PageCounts counts() {
        return counts;
    }

    int sent() {
        return sent;
    }

    int parked() {
        return parked;
    }
}
