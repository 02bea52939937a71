package com.siyu.workbench.sync;

/** What one committed page changed locally: follow relations (customer × member) added, updated and lost. */
public record PageCounts(int added, int updated, int lost) {
    public static final PageCounts NONE = new PageCounts(0, 0, 0);

    public PageCounts plus(PageCounts other) {
        return new PageCounts(added + other.added, updated + other.updated, lost + other.lost);
    }
}
