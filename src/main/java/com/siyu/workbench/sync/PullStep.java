package com.siyu.workbench.sync;

import java.time.Instant;

/**
 * One resumable part of a pull (organisation, tags, contacts, groups…). A step commits its writes page by page
 * through {@link StepContext#commitPage}, which stores the step's cursor and the run's counts in the same
 * transaction; a step started again after a crash gets that cursor back and carries on from it.
 */
public interface PullStep {
    /** Stable name; the cursor is stored as {@code <remote>.<name>}. */
    String name();

    /**
     * Whether this run needs the step. {@code lastCompleted} is when it last finished (null: never).
     * A step interrupted in the middle always runs again to finish.
     */
    boolean due(SyncRequest request, Instant lastCompleted, Instant now);

    /** Pulls; {@link StepContext#cursor()} is non-null when resuming. */
    void run(StepContext context);
}
