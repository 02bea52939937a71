package com.siyu.workbench.testing;

import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.core.TaskHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Holds submitted tasks until the test runs them, in any order: the double for races between a read still in
 * flight and a newer one (the real executor's overlap, made deterministic).
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final List<Pending<?>> pending = new ArrayList<>();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Pending<T> entry = new Pending<>(task);
        pending.add(entry);
        return entry;
    }

    public int waiting() {
        return (int) pending.stream().filter(p -> !p.done).count();
    }

    /** Runs the {@code index}-th task submitted (0 = first), as the pool would: cancelled ones only finish. */
    public void run(int index) {
        pending.get(index).run();
    }

    @Override
    public void close() {
        pending.clear();
    }

    private static final class Pending<T> implements TaskHandle {
        private final BackgroundTask<T> task;
        private volatile boolean cancelled;
        private boolean done;

        Pending(BackgroundTask<T> task) {
            this.task = task;
        }

        void run() {
            done = true;
            if (cancelled) {
                task.cancelled();
                return;
            }
            T result;
            try {
                result = task.runWork(new ProgressReporter() {
                    @Override
                    public void progress(long doneSoFar, long total, String message) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled;
                    }
                });
            } catch (CancellationException e) {
                task.cancelled();
                return;
            } catch (Exception e) {
                task.failed(e, failure -> {
                    throw new IllegalStateException(failure);
                });
                return;
            }
            task.succeeded(result);
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
