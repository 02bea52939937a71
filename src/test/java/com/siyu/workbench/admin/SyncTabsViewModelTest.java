package com.siyu.workbench.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.SyncStatus.Connectivity;
import com.siyu.workbench.sync.SyncTrigger;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.Session;
import com.siyu.workbench.ui.UiThread;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync log and the parked-items view models, without a scene, on a real workbench database. */
class SyncTabsViewModelTest {
    @TempDir
    Path dir;
    Workbench workbench;
    Session session = new Session();
    ScriptedDialogs dialogs = ScriptedDialogs.recording();
    Messages messages = Messages.load(Language.ZH_CN);
    AtomicInteger syncNowCalls = new AtomicInteger();
    AtomicInteger cancelCalls = new AtomicInteger();
    SyncTrigger trigger = new SyncTrigger() {
        @Override
        public void syncNow() {
            syncNowCalls.incrementAndGet();
        }

        @Override
        public void cancel() {
            cancelCalls.incrementAndGet();
        }
    };

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir);
        SyncTabsFixture.writeHistory(workbench);
        session.signIn(new Actor(TestWorkbench.ADMIN, "陈管理", Set.of(Role.ADMIN)));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    SyncLogViewModel log() {
        return new SyncLogViewModel(workbench.syncAdministration(), workbench.syncStatus(), trigger,
                workbench.members(), session, new CurrentThreadTaskExecutor(), UiThread.inline(), dialogs, messages,
                workbench.clock());
    }

    OutboxIssuesViewModel parked() {
        return new OutboxIssuesViewModel(workbench.syncAdministration(), session, new CurrentThreadTaskExecutor(),
                dialogs, messages, workbench.clock());
    }

    @Test
    void theLogListsRunsNewestFirstWithCountsAndTheChineseReasonOfAFailure() {
        SyncLogViewModel model = log();
        model.activate();

        assertThat(model.runs()).hasSize(3);
        SyncRunRow newest = model.runs().get(0);
        assertThat(newest.kind()).isEqualTo("增量");
        assertThat(newest.member()).isEqualTo("张晓雯");
        assertThat(newest.changes()).isEqualTo("新增 7 · 更新 3 · 流失 2");
        assertThat(newest.outbox()).isEqualTo("发送 4 · 挂起 1");
        assertThat(model.runs().get(2).member()).isEqualTo("全公司");
        SyncRunRow failed = model.runs().get(1);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.status()).isEqualTo("失败");

        model.selectedProperty().set(failed);
        assertThat(model.selectedErrorProperty().get()).isEqualTo("原因：" + SyncTabsFixture.FAILURE);
    }

    @Test
    void progressFollowsTheStatusAndTheLogReloadsWhenARunEnds() {
        SyncLogViewModel model = log();
        model.activate();
        workbench.syncStatus().update(s -> s.withConnectivity(Connectivity.OFFLINE).withOutbox(3, 2)
                .withRunning(true, 250, 1000, "正在同步客户：250/1000"));

        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.progressProperty().get()).isEqualTo(0.25);
        assertThat(model.progressTextProperty().get()).contains("250/1000");
        assertThat(model.connectivityProperty().get()).contains("离线");
        assertThat(model.outboxProperty().get()).isEqualTo("待发送 3 项 · 待处理 2 项");

        workbench.db().write(c -> Sql.update(c, "INSERT INTO sync_runs (kind, started_at, finished_at, status)"
                + " VALUES ('INCREMENTAL', ?, ?, 'OK')", SyncTabsFixture.now().toEpochMilli(),
                SyncTabsFixture.now().toEpochMilli()));
        workbench.syncStatus().update(s -> s.withRunning(false, 0, 0, null));

        assertThat(model.runs()).hasSize(4);
        assertThat(model.progressProperty().get()).isEqualTo(-1);

        model.deactivate();
        workbench.syncStatus().update(s -> s.withRunning(true, 1, 2, "x"));
        assertThat(model.runningProperty().get()).as("no longer listening").isFalse();
    }

    @Test
    void syncNowAndCancelGoToTheTriggerButOnlyForRolesThatMaySync() {
        SyncLogViewModel model = log();
        model.syncNow();
        model.cancel();
        assertThat(syncNowCalls).hasValue(1);
        assertThat(cancelCalls).hasValue(1);

        session.signIn(new Actor("visitor", "访客", Set.of()));
        model.syncNow();

        assertThat(syncNowCalls).hasValue(1);
        assertThat(dialogs.errors()).anyMatch(e -> e.contains("不能发起同步"));
    }

    @Test
    void parkedItemsShowWhatWasRefusedAndWhy() {
        OutboxIssuesViewModel model = parked();
        model.load();

        assertThat(model.items()).hasSize(2);
        ParkedRow remark = model.items().get(0);
        assertThat(remark.kind()).isEqualTo("改备注");
        assertThat(remark.contact()).isEqualTo("李女士");
        assertThat(remark.member()).isEqualTo("张晓雯");
        assertThat(remark.summary()).isEqualTo("李女士 VIP");
        assertThat(remark.reason()).isEqualTo(SyncTabsFixture.REASON);
        assertThat(model.items().get(1).summary()).isEqualTo("加 1 个、去掉 0 个标签");
        assertThat(model.canResolveProperty().get()).isFalse();
    }

    @Test
    void retryPutsTheItemBackInTheQueueAndLogsIt() {
        OutboxIssuesViewModel model = parked();
        model.load();
        model.selectedProperty().set(model.items().get(0));
        assertThat(model.selectedReasonProperty().get()).isEqualTo("原因：" + SyncTabsFixture.REASON);

        model.retrySelected();

        assertThat(status("remark:1")).isEqualTo("PENDING");
        assertThat(model.items()).hasSize(1);
        assertThat(workbench.syncStatus().current().pendingOutbox()).isEqualTo(1);
        assertThat(workbench.syncStatus().current().parkedOutbox()).isEqualTo(1);
        long logged = workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM activity_log WHERE action ="
                + " 'outbox.resolved' AND details_json LIKE '%retry%'"));
        assertThat(logged).isEqualTo(1);
    }

    @Test
    void discardAsksFirstAndGivesTheChangeUpOnlyWhenConfirmed() {
        OutboxIssuesViewModel model = parked();
        model.load();
        model.selectedProperty().set(model.items().get(1));
        dialogs.answerConfirmations(false);

        model.discardSelected();
        assertThat(status("tag:1")).isEqualTo("PARKED");

        dialogs.answerConfirmations(true);
        model.discardSelected();

        assertThat(dialogs.confirmations()).hasSize(2).allMatch(m -> m.contains("打标签"));
        assertThat(status("tag:1")).isNull();
        assertThat(model.items()).hasSize(1);
    }

    @Test
    void aGuideSeesAndResolvesOnlyTheirOwnRefusedChange() {
        session.signIn(new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE)));
        OutboxIssuesViewModel model = parked();
        model.load();

        assertThat(model.items()).hasSize(1);
        model.selectedProperty().set(model.items().get(0));
        model.retrySelected();
        assertThat(status("remark:1")).isEqualTo("PENDING");
        assertThat(status("tag:1")).isEqualTo("PARKED");
    }

    private String status(String key) {
        return workbench.db().read(c -> Sql.queryOne(c, "SELECT status FROM outbox WHERE idempotency_key = ?",
                rs -> rs.getString(1), key).orElse(null));
    }
}
