package com.siyu.workbench.sync;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.StoreException;
import com.siyu.workbench.wecom.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sync against one {@link SyncRemote}: first the outbox (local changes go out before anything is read back,
 * so a pull never sees WeCom without them), then the remote's pull steps in order, each resumable from its cursor.
 * Every run leaves a {@code sync_runs} row and an activity-log entry. Not thread-safe: the {@link SyncService} (or
 * the CLI) runs one at a time.
 */
public final class SyncEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    /** Engine-level retries of a step after the client's own retries gave up: busy/rate-limited, and unreachable. */
    private static final int TRANSIENT_RETRIES = 3;
    private static final int OFFLINE_RETRIES = 1;
    static final String PUSH = "PUSH";

    private final Database db;
    private final Clock clock;
    private final SyncRunLog runLog;
    private final SyncCursors cursors;
    private final OutboxFlusher flusher;
    private final ActivityLog activityLog;
    private final Sleeper sleeper;
    private final SyncTexts texts = new SyncTexts();
    private final PageContext.Grouping grouping;

    public SyncEngine(Database db, Clock clock, ActivityLog activityLog, Sleeper sleeper) {
        this(db, clock, activityLog, sleeper, PageContext.Grouping.DEFAULT);
    }

    /** With another commit grouping (tests use small groups to put page boundaries where they want them). */
    SyncEngine(Database db, Clock clock, ActivityLog activityLog, Sleeper sleeper, PageContext.Grouping grouping) {
        this.grouping = grouping;
        this.db = db;
        this.clock = clock;
        this.runLog = new SyncRunLog(db);
        this.cursors = new SyncCursors(db);
        this.flusher = new OutboxFlusher(new OutboxQueue(db), clock);
        this.activityLog = activityLog;
        this.sleeper = sleeper;
    }

    /** Pushes the outbox, then pulls; resumes the remote's unfinished run when {@code request} may continue it. */
    public SyncResult run(SyncRemote remote, SyncRequest request, SyncListener listener, BooleanSupplier cancelled) {
        Instant started = clock.instant();
        runLog.closeAbandoned(texts.get("sync.run.abandoned"), started);
        RunState state = resumeOrStart(remote, request, started);
        long runId = runLog.start(state.request().mode().name(), state.request().memberUserid(), started);
        RunTally tally = new RunTally();
        try {
            OutboxFlusher.Result pushed = flusher.flush(remote.pushTarget(), cancelled);
            tally.outbox(pushed.sent(), pushed.parked());
            runLog.addOutbox(runId, pushed.sent(), pushed.parked());
            if (pushed.offline()) {
                return finish(runId, state.request(), started, tally, SyncRun.FAILED, pushed.offlineReason(), true);
            }
            for (PullStep step : remote.pullSteps()) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                runStep(remote, step, state, runId, tally, listener, cancelled, started);
            }
            cursors.clear(runKey(remote));
            return finish(runId, state.request(), started, tally, SyncRun.OK, null, false);
        } catch (CancellationException e) {
            return finish(runId, state.request(), started, tally, SyncRun.CANCELLED,
                    texts.get("sync.run.cancelled"), false);
        } catch (StoreException e) {
            LOG.error("sync run {} could not write the local copy", runId, e);
            return finish(runId, state.request(), started, tally, SyncRun.FAILED,
                    texts.get("sync.run.storeFailed"), false);
        } catch (RuntimeException e) {
            RemoteFailure failure = remote.classify(e);
            LOG.warn("sync run {} failed ({}): {}", runId, failure.kind(), e.getMessage());
            return finish(runId, state.request(), started, tally, SyncRun.FAILED, failure.message(),
                    failure.kind() == RemoteFailure.Kind.OFFLINE);
        }
    }

    /**
     * Only the outbox (a local change was just queued). Logged as a PUSH run when it sent or parked something, or
     * found the remote unreachable; an empty flush leaves no trace.
     */
    public SyncResult push(SyncRemote remote, BooleanSupplier cancelled) {
        Instant started = clock.instant();
        OutboxFlusher.Result pushed;
        try {
            pushed = flusher.flush(remote.pushTarget(), cancelled);
        } catch (StoreException e) {
            LOG.error("outbox flush could not write the local copy", e);
            pushed = new OutboxFlusher.Result(0, 0, null);
        }
        RunTally tally = new RunTally();
        tally.outbox(pushed.sent(), pushed.parked());
        if (pushed.sent() + pushed.parked() == 0 && !pushed.offline()) {
            return new SyncResult(0, PUSH, SyncRun.OK, 0, 0, 0, 0, 0, 0, Duration.between(started, clock.instant()),
                    false, null);
        }
        long runId = runLog.start(PUSH, null, started);
        runLog.addOutbox(runId, pushed.sent(), pushed.parked());
        String status = pushed.offline() ? SyncRun.FAILED : SyncRun.OK;
        return finish(runId, new SyncRequest(SyncMode.INCREMENTAL, false, null), PUSH, started, tally, status,
                pushed.offlineReason(), pushed.offline());
    }

    private RunState resumeOrStart(SyncRemote remote, SyncRequest request, Instant now) {
        RunState unfinished = cursors.cursorOf(runKey(remote)).map(RunState::decode).orElse(null);
        if (unfinished != null && unfinished.canBeContinuedBy(request)) {
            LOG.info("resuming the unfinished {} run of generation {}", unfinished.request().mode(),
                    unfinished.generation());
            return unfinished;
        }
        cursors.clearPrefix(remote.name() + ".");
        RunState fresh = new RunState(request, now.toEpochMilli());
        db.write(c -> SyncCursors.saveCursor(c, runKey(remote), fresh.encode(), now));
        return fresh;
    }

    private void runStep(SyncRemote remote, PullStep step, RunState state, long runId, RunTally tally,
                         SyncListener listener, BooleanSupplier cancelled, Instant runStarted) {
        String key = remote.name() + "." + step.name();
        SyncCursors.State stored = cursors.load(key);
        if (stored.completedGeneration() == state.generation()) {
            return; // done earlier in this run (before it was interrupted)
        }
        Instant generationTime = Instant.ofEpochMilli(state.generation());
        if (stored.cursor() == null && !step.due(state.request(), stored.completedAt(), generationTime)) {
            return;
        }
        int failures = 0;
        while (true) {
            PageContext context = new PageContext(db, clock, key, step.name(), cursors.load(key).cursor(),
                    state.request(), runId, tally, listener, cancelled, runStarted, grouping);
            try {
                step.run(context);
                context.flush();
                db.write(c -> SyncCursors.complete(c, key, state.generation(), clock.instant()));
                return;
            } catch (StoreException e) {
                throw e;
            } catch (CancellationException e) {
                context.flush(); // keep what was read before the cancel
                throw e;
            } catch (RuntimeException e) {
                context.flush();
                if (context.committedPages() > 0) {
                    failures = 0; // it got somewhere: the budget is for failures in a row
                }
                RemoteFailure failure = remote.classify(e);
                int allowed = switch (failure.kind()) {
                    case TRANSIENT -> TRANSIENT_RETRIES;
                    case OFFLINE -> OFFLINE_RETRIES;
                    case PERMANENT -> 0;
                };
                if (failures >= allowed) {
                    throw e;
                }
                failures++;
                LOG.info("sync step {} failed ({}), retry {} of {} from its cursor", key, failure.kind(), failures,
                        allowed);
                pause(Duration.ofSeconds(1L << failures));
            }
        }
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    private SyncResult finish(long runId, SyncRequest request, Instant started, RunTally tally, String status,
                              String error, boolean offline) {
        return finish(runId, request, request.mode().name(), started, tally, status, error, offline);
    }

    private SyncResult finish(long runId, SyncRequest request, String kind, Instant started, RunTally tally,
                              String status, String error, boolean offline) {
        Instant finished = clock.instant();
        runLog.finish(runId, status, error, finished);
        Duration elapsed = Duration.between(started, finished);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.put("status", status);
        details.put("pages", tally.pages());
        details.put("added", tally.counts().added());
        details.put("updated", tally.counts().updated());
        details.put("lost", tally.counts().lost());
        details.put("outboxSent", tally.sent());
        details.put("outboxParked", tally.parked());
        details.put("seconds", elapsed.toMillis() / 1000.0);
        if (error != null) {
            details.put("error", error);
        }
        String who = request.memberUserid() == null ? "system" : request.memberUserid();
        activityLog.append(ActivityEvent.of(who, Actions.SYNC_RUN).withDetails(details));
        return new SyncResult(runId, kind, status, tally.pages(), tally.counts().added(), tally.counts().updated(),
                tally.counts().lost(), tally.sent(), tally.parked(), elapsed, offline, error);
    }

    private static String runKey(SyncRemote remote) {
        return remote.name() + ".run";
    }
}
