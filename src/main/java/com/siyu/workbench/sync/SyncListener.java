package com.siyu.workbench.sync;

/** Receives a run's progress (from the sync thread). */
@FunctionalInterface
public interface SyncListener {
    SyncListener NONE = progress -> { };

    void progress(SyncProgress progress);
}
