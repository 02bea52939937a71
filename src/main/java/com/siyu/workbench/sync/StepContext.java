package com.siyu.workbench.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** What a {@link PullStep} sees of the run it is part of. */
public interface StepContext {
    SyncRequest request();

    /** The run's clock reading for timestamps written in this page. */
    Instant now();

    /** The step's saved cursor when resuming, else null. */
    String cursor();

    /**
     * Runs {@code work} and saves {@code nextCursor} as this step's cursor and the counts it returns into the run,
     * all in one transaction: either the page and its cursor are both stored, or neither.
     *
     * @param remotePages how many remote calls produced this page (counted in {@code sync_runs.pages})
     */
    void commitPage(String nextCursor, int remotePages, PageWork work);

    /** Relations processed so far and expected in total, for the progress bar and time estimate. */
    void progress(long done, long total);

    /** Throws {@link java.util.concurrent.CancellationException} when the person pressed cancel. */
    void checkCancelled();

    /** The writes of one page; returns what it changed. */
    @FunctionalInterface
    interface PageWork {
        PageCounts write(Connection connection) throws SQLException;
    }
}
