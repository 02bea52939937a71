package com.siyu.workbench.ui;

import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.Progress;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.core.TaskHandle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs background tasks on a small pool of daemon threads and delivers every callback on the FX thread.
 * Progress updates are coalesced: at most one pending FX-thread update per task, so a tight loop cannot flood the
 * UI queue.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;
    private final Consumer<Throwable> defaultFailureHandler;

    public FxTaskExecutor(int threads, Consumer<Throwable> defaultFailureHandler) {
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> background) {
        AtomicReference<Progress> latest = new AtomicReference<>();
        FxTask<T> task = new FxTask<>(background, latest);
        task.setOnSucceeded(e -> background.succeeded(task.getValue()));
        task.setOnCancelled(e -> background.cancelled());
        task.setOnFailed(e -> {
            if (task.getException() instanceof java.util.concurrent.CancellationException) {
                background.cancelled();
            } else {
                background.failed(task.getException(), defaultFailureHandler);
            }
        });
        pool.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(false); // cooperative: the work checks ProgressReporter.isCancelled between steps
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A JavaFX task whose work sees cancel requests and reports coalesced progress. */
    private static final class FxTask<T> extends Task<T> implements com.siyu.workbench.core.ProgressReporter {
        private final BackgroundTask<T> background;
        private final AtomicReference<Progress> latest;

        FxTask(BackgroundTask<T> background, AtomicReference<Progress> latest) {
            this.background = background;
            this.latest = latest;
        }

        @Override
        protected T call() throws Exception {
            return background.runWork(this);
        }

        @Override
        public void progress(long done, long total, String message) {
            if (latest.getAndSet(new Progress(done, total, message)) == null) {
                Platform.runLater(() -> {
                    Progress next = latest.getAndSet(null);
                    if (next != null) {
                        background.progressed(next);
                    }
                });
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
