package com.siyu.workbench.core;

/** Runs {@link BackgroundTask}s. The app uses a pool with UI-thread callbacks; tests and the CLI run inline. */
public interface TaskExecutor extends AutoCloseable {
    <T> TaskHandle execute(BackgroundTask<T> task);

    @Override
    void close();
}
