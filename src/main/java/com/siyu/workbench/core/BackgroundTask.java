package com.siyu.workbench.core;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work to run off the UI thread, with callbacks that a {@link TaskExecutor} delivers on the UI thread
 * (or, in tests and the CLI, on the calling thread). Failures always reach a handler: without an explicit
 * {@link #onFailure} they go to the executor's default handler, which shows and logs them.
 */
public final class BackgroundTask<T> {

    /** The work itself. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressReporter progress) throws Exception;
    }

    private final Work<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Consumer<Progress> onProgress = p -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> wrap(Runnable action) {
        return new BackgroundTask<>(progress -> {
            action.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onProgress(Consumer<Progress> handler) {
        this.onProgress = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after success, failure or cancel (e.g. to clear a busy flag). */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    public TaskHandle executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    public T runWork(ProgressReporter progress) throws Exception {
        return work.run(progress);
    }

    public void succeeded(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    /** Delivers a failure to the task's handler, or to {@code fallback} when the task has none. */
    public void failed(Throwable failure, Consumer<Throwable> fallback) {
        try {
            (onFailure != null ? onFailure : fallback).accept(failure);
        } finally {
            onFinished.run();
        }
    }

    public void cancelled() {
        try {
            onCancelled.run();
        } finally {
            onFinished.run();
        }
    }

    public void progressed(Progress progress) {
        onProgress.accept(progress);
    }
}
