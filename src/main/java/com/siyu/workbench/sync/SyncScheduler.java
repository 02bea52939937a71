package com.siyu.workbench.sync;

import java.time.Duration;

/**
 * Runs the sync service's work one task at a time, now or after a delay. Production: one daemon thread
 * ({@link ExecutorSyncScheduler}); tests: a manual double that runs due tasks when told to, so nothing waits.
 */
public interface SyncScheduler extends AutoCloseable {
    /** A scheduled task that may be called off. */
    interface Scheduled {
        void cancel();
    }

    Scheduled schedule(Duration delay, Runnable task);

    @Override
    void close();
}
