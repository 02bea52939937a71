package com.siyu.workbench.sync;

import java.util.Objects;

/**
 * One requested pull run.
 *
 * @param mode          full or incremental
 * @param refreshAll    incremental only: re-read every relation in scope now instead of waiting for its refresh
 *                      window ("立即同步": the person wants what they just did on their phone to show)
 * @param memberUserid  whose desk this is (the scope follows the member's role); null = the whole corp
 */
public record SyncRequest(SyncMode mode, boolean refreshAll, String memberUserid) {
    public SyncRequest {
        Objects.requireNonNull(mode);
    }

    public static SyncRequest full(String memberUserid) {
        return new SyncRequest(SyncMode.FULL, true, memberUserid);
    }

    public static SyncRequest incremental(String memberUserid) {
        return new SyncRequest(SyncMode.INCREMENTAL, false, memberUserid);
    }

    public static SyncRequest syncNow(String memberUserid) {
        return new SyncRequest(SyncMode.INCREMENTAL, true, memberUserid);
    }

    /** Whether slow-moving data and every relation must be read again in this run. */
    public boolean rereadEverything() {
        return mode == SyncMode.FULL || refreshAll;
    }
}
