package com.siyu.workbench.sync;

import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.members.MemberRepository;
import com.siyu.workbench.members.RoleRepository;
import com.siyu.workbench.settings.AppSettings;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.wecom.Sleeper;
import com.siyu.workbench.wecom.WeComApi;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sync's composition root: builds the WeCom remote, the engine and the {@link SyncService} (the app's
 * {@link SyncTrigger}) from what the workbench already has. {@link #start()} schedules the start-up sync and the
 * periodic ones; {@link #close()} stops the scheduler and the page read-ahead thread.
 */
public final class SyncModule implements AutoCloseable {
    /** How old a member's relations may get before an incremental run re-reads them all (docs/decisions/sync-incremental.md). */
    public static final Duration FOLLOW_REFRESH = Duration.ofHours(1);

    /** Fetches pages ahead, one thread per chain read side by side. */
    private final ExecutorService prefetch = Executors.newFixedThreadPool(ContactPlanner.LANES, runnable -> {
        Thread thread = Executors.defaultThreadFactory().newThread(runnable);
        thread.setName("sync-prefetch");
        thread.setDaemon(true);
        return thread;
    });
    private final SyncScheduler scheduler;
    private final WeComRemote remote;
    private final SyncEngine engine;
    private final SyncService service;

    public SyncModule(Database db, Clock clock, WeComApi api, ActivityLog activityLog, MemberRepository members,
                      RoleRepository roles, SyncStatus status, AppSettings settings,
                      SyncAdministration administration) {
        this(db, clock, api, activityLog, members, roles, status, settings, administration,
                new ExecutorSyncScheduler(), Sleeper.SYSTEM);
    }

    /** With a scheduler and sleeper of the caller's choosing (tests run them by hand). */
    public SyncModule(Database db, Clock clock, WeComApi api, ActivityLog activityLog, MemberRepository members,
                      RoleRepository roles, SyncStatus status, AppSettings settings,
                      SyncAdministration administration, SyncScheduler scheduler, Sleeper sleeper) {
        this.scheduler = scheduler;
        this.remote = new WeComRemote(api, db, clock, members, roles, prefetch, FOLLOW_REFRESH);
        this.engine = new SyncEngine(db, clock, activityLog, sleeper);
        this.service = new SyncService(engine, remote, scheduler, status, new OutboxQueue(db), new SyncRunLog(db),
                clock, settings::syncIntervalMinutes, () -> settings.currentMember().orElse(null),
                new SyncProgressText(settings::language));
        administration.addResolvedListener(service::outboxResolved);
    }

    /** The status bar's and the sync log's trigger ("立即同步", cancel). */
    public SyncService service() {
        return service;
    }

    /** Give this to features that enqueue (contacts, queue, content): a queued change is pushed within seconds. */
    public Runnable outboxChanged() {
        return service::outboxChanged;
    }

    /** Schedules the start-up sync (full if none ever completed) and the periodic ones. */
    public void start() {
        service.start();
    }

    @Override
    public void close() {
        service.close();
        scheduler.close();
        prefetch.shutdownNow();
    }
}
