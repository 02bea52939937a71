package com.siyu.workbench.contacts;

/**
 * Runs the latest of a burst of requests once the burst has paused (search as you type). The screen supplies one
 * timed on the FX thread; view-model tests use {@link #IMMEDIATE}.
 */
@FunctionalInterface
public interface Debouncer {
    Debouncer IMMEDIATE = Runnable::run;

    /** Replaces any pending action with {@code action}, to run after the pause. */
    void schedule(Runnable action);

    /** Drops the pending action, if any (the screen was left). */
    default void cancel() {
    }
}
