package com.siyu.workbench.sync;

import com.siyu.workbench.sync.SyncStatus.Connectivity;
import java.time.Clock;
import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync coordinator behind the status bar and the sync log: runs a sync at start, every N minutes while online
 * (the setting), on "立即同步", and a push shortly after a local change is queued. Connectivity is what the last
 * exchange showed, never assumed: a run that found WeCom unreachable marks the app offline and probes again with
 * growing pauses (30 s doubling to 5 min); the first probe that gets through flushes the outbox and syncs, without
 * anyone pressing anything. All work runs on the {@link SyncScheduler}'s one thread, one task at a time.
 */
public final class SyncService implements SyncTrigger, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    static final Duration FIRST_PROBE = Duration.ofSeconds(30);
    static final Duration MAX_PROBE = Duration.ofMinutes(5);
    static final Duration PUSH_DELAY = Duration.ofSeconds(2);

    private final SyncEngine engine;
    private final SyncRemote remote;
    private final SyncScheduler scheduler;
    private final SyncStatus status;
    private final OutboxQueue outbox;
    private final SyncRunLog runLog;
    private final Clock clock;
    private final IntSupplier intervalMinutes;
    private final Supplier<String> currentMember;
    private final SyncProgressText progressText;

    private final java.util.List<java.util.function.Consumer<SyncResult>> runListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<java.util.function.Consumer<SyncResult>> pushListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean cancelRequested;
    private SyncScheduler.Scheduled nextRun;
    private boolean pushScheduled;
    private int offlineStreak;
    private boolean closed;

    SyncService(SyncEngine engine, SyncRemote remote, SyncScheduler scheduler, SyncStatus status, OutboxQueue outbox,
                SyncRunLog runLog, Clock clock, IntSupplier intervalMinutes, Supplier<String> currentMember,
                SyncProgressText progressText) {
        this.engine = engine;
        this.remote = remote;
        this.scheduler = scheduler;
        this.status = status;
        this.outbox = outbox;
        this.runLog = runLog;
        this.clock = clock;
        this.intervalMinutes = intervalMinutes;
        this.currentMember = currentMember;
        this.progressText = progressText;
    }

    /** Called on the sync thread after every pull run (e.g. to generate the day's queue after the first sync). */
    public void addRunListener(java.util.function.Consumer<SyncResult> listener) {
        runListeners.add(listener);
    }

    /**
     * Called on the sync thread after a push between pulls that sent something (WeCom's answers are in the outbox
     * now: content queues the edits that waited for a template_id or config_id).
     */
    public void addPushListener(java.util.function.Consumer<SyncResult> listener) {
        pushListeners.add(listener);
    }

    /** Shows what is known locally and schedules the start-up sync (a full one if none ever completed). */
    public synchronized void start() {
        status.update(s -> s.withOutbox(outbox.pendingCount(), outbox.parkedCount())
                .withLastSync(runLog.lastSuccess().orElse(null), null));
        scheduleRun(Duration.ZERO, false);
    }

    @Override
    public synchronized void syncNow() {
        scheduleRun(Duration.ZERO, true);
    }

    @Override
    public void cancel() {
        cancelRequested = true;
    }

    /** A local change was queued: push it soon (coalesced), and show the new backlog at once. */
    public synchronized void outboxChanged() {
        status.update(s -> s.withOutbox(outbox.pendingCount(), outbox.parkedCount()));
        if (pushScheduled || closed) {
            return;
        }
        pushScheduled = true;
        scheduler.schedule(PUSH_DELAY, this::push);
    }

    /** The parked items changed (a person retried or discarded one): show the new counts. */
    public void outboxResolved() {
        outboxChanged();
    }

    private synchronized void scheduleRun(Duration delay, boolean userAsked) {
        if (closed) {
            return;
        }
        if (nextRun != null) {
            nextRun.cancel();
        }
        nextRun = scheduler.schedule(delay, () -> runPull(userAsked));
    }

    private void runPull(boolean userAsked) {
        cancelRequested = false;
        String member = currentMember.get();
        SyncRequest request = !runLog.hasCompleted(SyncMode.FULL.name()) ? SyncRequest.full(member)
                : userAsked ? SyncRequest.syncNow(member) : SyncRequest.incremental(member);
        status.update(s -> s.withRunning(true, 0, 0, progressText.starting()));
        SyncResult result;
        try {
            result = engine.run(remote, request, this::onProgress, () -> cancelRequested);
        } catch (RuntimeException e) {
            LOG.error("sync run failed unexpectedly", e);
            result = new SyncResult(0, request.mode().name(), SyncRun.FAILED, 0, 0, 0, 0, 0, 0, Duration.ZERO,
                    false, progressText.unexpected());
        }
        settle(result);
        SyncResult finished = result;
        runListeners.forEach(listener -> listener.accept(finished));
    }

    private void push() {
        synchronized (this) {
            pushScheduled = false;
        }
        if (status.current().running() || status.current().connectivity() == Connectivity.OFFLINE) {
            return; // a running pull pushes first anyway; while offline the probes push when WeCom is back
        }
        SyncResult result = engine.push(remote, () -> cancelRequested);
        if (result.offline()) {
            settle(result);
        } else {
            status.update(s -> s.withConnectivity(result.outboxSent() + result.outboxParked() > 0
                    ? Connectivity.ONLINE : s.connectivity()).withOutbox(outbox.pendingCount(), outbox.parkedCount()));
        }
        if (result.outboxSent() > 0) {
            pushListeners.forEach(listener -> listener.accept(result));
        }
    }

    private void onProgress(SyncProgress progress) {
        status.update(s -> s.withRunning(true, progress.done(), progress.total(), progressText.of(progress)));
    }

    private void settle(SyncResult result) {
        Connectivity connectivity = result.offline() ? Connectivity.OFFLINE
                : SyncRun.CANCELLED.equals(result.status()) ? status.current().connectivity() : Connectivity.ONLINE;
        status.update(s -> s.withRunning(false, 0, 0, null).withConnectivity(connectivity)
                .withOutbox(outbox.pendingCount(), outbox.parkedCount())
                .withLastSync(result.ok() ? clock.instant() : null, result.error()));
        Duration wait;
        synchronized (this) {
            if (result.offline()) {
                offlineStreak++;
                wait = probeDelay(offlineStreak);
            } else {
                offlineStreak = 0;
                wait = Duration.ofMinutes(Math.max(1, intervalMinutes.getAsInt()));
            }
        }
        scheduleRun(wait, false);
    }

    /** 30 s, 1 min, 2 min, 4 min, then every 5 min. */
    static Duration probeDelay(int streak) {
        Duration delay = FIRST_PROBE.multipliedBy(1L << Math.min(10, Math.max(0, streak - 1)));
        return delay.compareTo(MAX_PROBE) > 0 ? MAX_PROBE : delay;
    }

    @Override
    public synchronized void close() {
        closed = true;
        cancelRequested = true;
        if (nextRun != null) {
            nextRun.cancel();
        }
    }
}
