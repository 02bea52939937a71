package com.siyu.workbench.core;

/** A running background task: ask it to stop, or see whether it ended. */
public interface TaskHandle {
    void cancel();

    boolean isDone();
}
