package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.SyncStatus.Connectivity;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.wecom.WeComClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module as the app builds it from a workbench: start-up sync, push after a change, retry of a parked item. */
class SyncModuleTest {
    @TempDir
    Path dir;

    @Test
    void theAppsWiringSyncsAtStartAndPushesQueuedChanges() throws Exception {
        ManualScheduler scheduler = new ManualScheduler();
        try (Workbench workbench = TestWorkbench.open(dir);
             SandboxServer sandbox = SandboxServer.start(SyncFixture.sandbox(3, 120));
             WeComClient client = SyncFixture.client(sandbox);
             SyncModule sync = new SyncModule(workbench.db(), workbench.clock(), client, workbench.activityLog(),
                     workbench.members(), workbench.roles(), workbench.syncStatus(), workbench.settings(),
                     workbench.syncAdministration(), scheduler, duration -> { })) {
            workbench.settings().setCurrentMember(TestWorkbench.ADMIN);
            List<SyncResult> runs = new ArrayList<>();
            sync.service().addRunListener(runs::add);

            sync.start();
            scheduler.runDue();

            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).ok()).isTrue();
            assertThat(workbench.syncStatus().current().connectivity()).isEqualTo(Connectivity.ONLINE);
            assertThat(workbench.members().all()).extracting(m -> m.userid())
                    .containsAll(Convergence.allFollowUsers(sandbox));

            Follow gone = sandbox.model().contacts().allFollows().get(0);
            sandbox.model().contacts().update(gone.userid(), gone.externalUserid(), f -> f.lostAt(1));
            workbench.outbox().enqueue(new OutboxItem("remark:x", "REMARK", gone.externalUserid(),
                    "{\"userid\":\"" + gone.userid() + "\",\"external_userid\":\"" + gone.externalUserid()
                            + "\",\"remark\":\"改了\"}", gone.userid()));
            sync.outboxChanged().run();
            scheduler.advance(SyncService.PUSH_DELAY);
            assertThat(workbench.syncStatus().current().parkedOutbox()).isEqualTo(1);

            long id = workbench.db().read(c -> Sql.queryLong(c, "SELECT id FROM outbox"));
            workbench.syncAdministration().retry(Actor.system(), id);
            assertThat(workbench.syncStatus().current().pendingOutbox()).isEqualTo(1);
            scheduler.advance(SyncService.PUSH_DELAY);
            assertThat(workbench.syncStatus().current().parkedOutbox()).as("refused again, parked again")
                    .isEqualTo(1);
        }
    }
}
