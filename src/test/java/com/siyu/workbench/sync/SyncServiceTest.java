package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.sandbox.FaultPlan;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sync.SyncStatus.Connectivity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator with a manual scheduler: when it syncs, how connectivity is learned from failures, and that
 * coming back online flushes and syncs with nobody pressing anything.
 */
class SyncServiceTest {
    @TempDir
    Path dir;
    SyncFixture f;
    ManualScheduler scheduler = new ManualScheduler();
    SyncStatus status = new SyncStatus();
    SyncService service;
    List<SyncResult> runs = new ArrayList<>();
    List<SyncResult> pushes = new ArrayList<>();
    List<SyncStatus.Snapshot> snapshots = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        f = SyncFixture.start(dir, SyncFixture.sandbox(3, 200));
        service = new SyncService(f.engine, f.remote, scheduler, status, new OutboxQueue(f.db), new SyncRunLog(f.db),
                f.clock, () -> 15, () -> null, new SyncProgressText(() -> Language.ZH_CN));
        service.addRunListener(runs::add);
        service.addPushListener(pushes::add);
        status.addListener(snapshots::add);
    }

    @AfterEach
    void stop() {
        service.close();
        f.close();
    }

    @Test
    void theFirstRunIsFullThenEveryIntervalWhileOnline() {
        service.start();
        scheduler.runDue();

        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).kind()).isEqualTo("FULL");
        assertThat(status.current().connectivity()).isEqualTo(Connectivity.ONLINE);
        assertThat(status.current().lastSyncAt()).isNotNull();
        assertThat(scheduler.waiting()).containsExactly(Duration.ofMinutes(15));

        scheduler.advance(Duration.ofMinutes(15));

        assertThat(runs).hasSize(2);
        assertThat(runs.get(1).kind()).isEqualTo("INCREMENTAL");
    }

    @Test
    void progressIsReportedWhileRunning() {
        service.start();
        scheduler.runDue();

        assertThat(snapshots).anyMatch(s -> s.running() && s.progressTotal() > 0 && s.progressMessage() != null
                && s.progressMessage().contains("客户"));
        assertThat(status.current().running()).isFalse();
    }

    @Test
    void offlineIsLearnedFromFailuresAndComingBackFlushesAndSyncsWithoutAnyoneAsking() {
        service.start();
        scheduler.runDue();
        f.sandbox.setFaults(FaultPlan.parse("http500=1.0"));

        service.syncNow();
        scheduler.runDue();

        assertThat(status.current().connectivity()).isEqualTo(Connectivity.OFFLINE);
        assertThat(status.current().lastError()).isNotBlank();
        assertThat(scheduler.waiting()).containsExactly(SyncService.FIRST_PROBE);
        scheduler.advance(SyncService.FIRST_PROBE);
        assertThat(status.current().connectivity()).isEqualTo(Connectivity.OFFLINE);
        assertThat(scheduler.waiting()).containsExactly(Duration.ofMinutes(1));

        Follow x = f.sandbox.model().contacts().allFollows().get(0);
        new JdbcOutbox(f.db, f.clock).enqueue(new OutboxItem("remark:offline", "REMARK", x.externalUserid(),
                "{\"userid\":\"" + x.userid() + "\",\"external_userid\":\"" + x.externalUserid()
                        + "\",\"remark\":\"离线时改的\"}", x.userid()));
        service.outboxChanged();
        scheduler.advance(SyncService.PUSH_DELAY);
        assertThat(status.current().pendingOutbox()).as("kept while offline").isEqualTo(1);

        f.sandbox.setFaults(FaultPlan.NONE);
        scheduler.advance(Duration.ofMinutes(1));

        assertThat(status.current().connectivity()).isEqualTo(Connectivity.ONLINE);
        assertThat(status.current().pendingOutbox()).isZero();
        assertThat(f.sandbox.model().contacts().activeFollow(x.userid(), x.externalUserid()).orElseThrow().remark())
                .isEqualTo("离线时改的");
        assertThat(runs.get(runs.size() - 1).ok()).isTrue();
        assertThat(scheduler.waiting()).hasSize(1).allMatch(wait -> wait.compareTo(Duration.ofMinutes(14)) > 0,
                "back to the normal interval");
    }

    @Test
    void probesBackOffUpToFiveMinutes() {
        assertThat(SyncService.probeDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SyncService.probeDelay(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SyncService.probeDelay(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(SyncService.probeDelay(9)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aQueuedChangeIsPushedWithinSecondsWithoutAPull() {
        service.start();
        scheduler.runDue();
        Follow x = f.sandbox.model().contacts().allFollows().get(0);
        new JdbcOutbox(f.db, f.clock).enqueue(new OutboxItem("remark:soon", "REMARK", x.externalUserid(),
                "{\"userid\":\"" + x.userid() + "\",\"external_userid\":\"" + x.externalUserid()
                        + "\",\"remark\":\"马上推送\"}", x.userid()));

        service.outboxChanged();
        service.outboxChanged();
        scheduler.advance(SyncService.PUSH_DELAY);

        assertThat(f.sandbox.model().contacts().activeFollow(x.userid(), x.externalUserid()).orElseThrow().remark())
                .isEqualTo("马上推送");
        assertThat(runs).as("no extra pull").hasSize(1);
        assertThat(status.current().pendingOutbox()).isZero();
        assertThat(pushes).as("push listeners hear what went out").extracting(SyncResult::outboxSent)
                .containsExactly(1);
    }

    @Test
    void syncNowRunsAtOnceAndRereadsEverything() {
        service.start();
        scheduler.runDue();

        service.syncNow();
        scheduler.runDue();

        assertThat(runs).hasSize(2);
        int members = Convergence.allFollowUsers(f.sandbox).size();
        assertThat(runs.get(1).pages()).isGreaterThan(members);
        assertThat(scheduler.waiting()).containsExactly(Duration.ofMinutes(15));
    }

    @Test
    void cancelStopsTheRunAndKeepsItsPlace() {
        java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
        status.addListener(s -> {
            if (s.running() && s.progressDone() > 50 && once.compareAndSet(false, true)) {
                service.cancel();
            }
        });
        service.start();
        scheduler.runDue();

        assertThat(runs.get(0).status()).isEqualTo(SyncRun.CANCELLED);
        assertThat(status.current().running()).isFalse();
        scheduler.advance(Duration.ofMinutes(15));
        assertThat(runs.get(1).ok()).isTrue();
        assertThat(runs.get(1).kind()).isEqualTo("FULL");
    }
}
