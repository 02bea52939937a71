package com.siyu.workbench.core;

/** What background work sees of its task: report progress, and notice a cancel request. */
public interface ProgressReporter {
    ProgressReporter NONE = new ProgressReporter() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code total <= 0} means the amount of work is not known yet. */
    void progress(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link java.util.concurrent.CancellationException} if cancel was requested; call between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new java.util.concurrent.CancellationException();
        }
    }
}
