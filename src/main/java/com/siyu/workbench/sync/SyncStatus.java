package com.siyu.workbench.sync;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What the status bar shows about sync: connectivity (detected from failures, not assumed), the last successful
 * sync, the outbox backlog and any run in progress. Plain Java so the engine can update it from any thread; the UI
 * listens and re-posts to its own thread.
 */
public final class SyncStatus {

    public enum Connectivity { UNKNOWN, ONLINE, OFFLINE }

    /** An immutable reading; {@code progressTotal <= 0} while the size of a run is unknown. */
    public record Snapshot(Connectivity connectivity, Instant lastSyncAt, int pendingOutbox, int parkedOutbox,
                           boolean running, long progressDone, long progressTotal, String progressMessage,
                           String lastError) {
        public static Snapshot initial() {
            return new Snapshot(Connectivity.UNKNOWN, null, 0, 0, false, 0, 0, null, null);
        }

        public Snapshot withConnectivity(Connectivity value) {
            return new Snapshot(value, lastSyncAt, pendingOutbox, parkedOutbox, running, progressDone, progressTotal,
                    progressMessage, lastError);
        }

        public Snapshot withOutbox(int pending, int parked) {
            return new Snapshot(connectivity, lastSyncAt, pending, parked, running, progressDone, progressTotal,
                    progressMessage, lastError);
        }

        public Snapshot withRunning(boolean value, long done, long total, String message) {
            return new Snapshot(connectivity, lastSyncAt, pendingOutbox, parkedOutbox, value, done, total, message,
                    lastError);
        }

        public Snapshot withLastSync(Instant at, String error) {
            return new Snapshot(connectivity, at != null ? at : lastSyncAt, pendingOutbox, parkedOutbox, running,
                    progressDone, progressTotal, progressMessage, error);
        }
    }

    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot current = Snapshot.initial();

    public Snapshot current() {
        return current;
    }

    public synchronized void update(UnaryOperator<Snapshot> change) {
        current = change.apply(current);
        Snapshot now = current;
        listeners.forEach(listener -> listener.accept(now));
    }

    public void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Snapshot> listener) {
        listeners.remove(listener);
    }
}
