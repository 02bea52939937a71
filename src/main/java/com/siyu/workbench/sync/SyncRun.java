package com.siyu.workbench.sync;

import java.time.Duration;
import java.time.Instant;

/** One row of the sync log ({@code sync_runs}): what a run did and, when it failed, why (in Chinese). */
public record SyncRun(long id, String kind, String memberUserid, Instant startedAt, Instant finishedAt,
                      String status, int pages, int contactsAdded, int contactsUpdated, int contactsLost,
                      int outboxSent, int outboxParked, String error) {
    public static final String RUNNING = "RUNNING";
    public static final String OK = "OK";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    /** How long it ran; null while running. */
    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
