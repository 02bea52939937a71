package com.siyu.workbench.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The test double of {@link SyncScheduler}: virtual time; due tasks run on the test's thread when it says so. */
final class ManualScheduler implements SyncScheduler {
    private final List<Task> tasks = new ArrayList<>();
    private long now;
    private long seq;

    private final class Task implements Scheduled {
        final long dueAt;
        final long order = seq++;
        final Runnable work;
        boolean cancelled;

        Task(long dueAt, Runnable work) {
            this.dueAt = dueAt;
            this.work = work;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable task) {
        Task t = new Task(now + delay.toMillis(), task);
        tasks.add(t);
        return t;
    }

    /** Moves virtual time on by {@code step}, running every task that falls due, in time order. */
    void advance(Duration step) {
        long until = now + step.toMillis();
        while (true) {
            Task next;
            synchronized (this) {
                tasks.removeIf(t -> t.cancelled);
                next = tasks.stream().filter(t -> t.dueAt <= until)
                        .min(Comparator.<Task>comparingLong(t -> t.dueAt).thenComparingLong(t -> t.order))
                        .orElse(null);
                if (next == null) {
                    now = until;
                    return;
                }
                tasks.remove(next);
                now = Math.max(now, next.dueAt);
            }
            next.work.run();
        }
    }

    /** Runs what is due now. */
    void runDue() {
        advance(Duration.ZERO);
    }

    /** Delays from now of the tasks still waiting, soonest first. */
    synchronized List<Duration> waiting() {
        tasks.removeIf(t -> t.cancelled);
        return tasks.stream().map(t -> Duration.ofMillis(t.dueAt - now)).sorted().toList();
    }

    @Override
    public void close() {
        synchronized (this) {
            tasks.clear();
        }
    }
}
