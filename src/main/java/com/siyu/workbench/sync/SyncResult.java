package com.siyu.workbench.sync;

import java.time.Duration;

/**
 * What one run did, as the CLI prints it and the service reports it.
 *
 * @param offline true when the run stopped because the remote was unreachable (the connectivity signal)
 * @param error   Chinese text when the run failed or was cancelled
 */
public record SyncResult(long runId, String kind, String status, int pages, int contactsAdded, int contactsUpdated,
                         int contactsLost, int outboxSent, int outboxParked, Duration elapsed, boolean offline,
                         String error) {
    public boolean ok() {
        return SyncRun.OK.equals(status);
    }
}
