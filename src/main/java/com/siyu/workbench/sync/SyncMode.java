package com.siyu.workbench.sync;

/** What a pull run re-reads; stored as {@code sync_runs.kind}. */
public enum SyncMode {
    /** Everything in scope is read again and written where it differs (first run, {@code --full}). */
    FULL,
    /** Only what changed, as far as cheap checks can tell (scheduled runs, start-up, "sync now"). */
    INCREMENTAL
}
