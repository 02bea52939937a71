package com.siyu.workbench.core;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** Runs each task to completion on the calling thread: the synchronous double for tests, and the CLI's executor. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final Consumer<Throwable> defaultFailureHandler;

    public CurrentThreadTaskExecutor() {
        this(failure -> {
            throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
        });
    }

    public CurrentThreadTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressReporter reporter = new ProgressReporter() {
            @Override
            public void progress(long done, long total, String message) {
                task.progressed(new Progress(done, total, message));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        T result;
        try {
            result = task.runWork(reporter);
        } catch (CancellationException e) {
            task.cancelled();
            return doneHandle(cancelled);
        } catch (Exception e) {
            task.failed(e, defaultFailureHandler);
            return doneHandle(cancelled);
        }
        task.succeeded(result);
        return doneHandle(cancelled);
    }

    private static TaskHandle doneHandle(AtomicBoolean cancelled) {
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }

    @Override
    public void close() {
        // nothing runs in the background
    }
}
