package com.siyu.workbench.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.queue.generate.GenerationResult;
import com.siyu.workbench.queue.rules.DefaultRules;
import com.siyu.workbench.sandbox.AdvanceRequest;
import com.siyu.workbench.sandbox.AdvanceSummary;
import com.siyu.workbench.sandbox.SandboxConfig;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.SyncEngine;
import com.siyu.workbench.sync.SyncListener;
import com.siyu.workbench.sync.SyncRequest;
import com.siyu.workbench.sync.SyncResult;
import com.siyu.workbench.sync.WeComRemote;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.wecom.RateLimits;
import com.siyu.workbench.wecom.RetryPolicy;
import com.siyu.workbench.wecom.WeComClient;
import com.siyu.workbench.wecom.WeComClientBuilder;
import com.siyu.workbench.wecom.WeComConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real path: the WeCom sandbox on a loopback port, the real client and sync engine filling a real SQLite copy,
 * then the queue generated as the app does after a sync. Every contact added today gets a greet task the same day;
 * a contact who deletes their rep (seen by the next sync) has their tasks cancelled and gets no sends; generating
 * again changes nothing.
 */
class SandboxSyncQueueTest {
    @TempDir
    Path dir;

    @Test
    void afterASandboxSyncEveryContactAddedTodayHasAGreetTaskAndNoLostContactGetsASend() throws Exception {
        MutableClock clock = new MutableClock(QueueData.at("2026-11-23T15:00"), QueueData.SHANGHAI);
        LocalDate today = LocalDate.of(2026, 11, 23);
        SandboxConfig config = SandboxConfig.defaults().withMembers(4).withContacts(400).withSeed(23)
                .withClock(clock).withPort(0);
        try (Workbench workbench = TestWorkbench.open(dir, clock);
             SandboxServer sandbox = SandboxServer.start(config);
             WeComClient client = client(sandbox)) {
            SyncEngine engine = new SyncEngine(workbench.db(), clock, workbench.activityLog(), duration -> { });
            WeComRemote remote = new WeComRemote(client, workbench.db(), clock, workbench.members(),
                    workbench.roles(), null, Duration.ZERO);
            SyncResult sync = engine.run(remote, SyncRequest.full(null), SyncListener.NONE, () -> false);
            assertThat(sync.ok()).isTrue();

            List<GenerationResult> results = workbench.queue().refresh().afterSync();

            assertThat(results).isNotEmpty();
            Instant dayStart = today.atStartOfDay(QueueData.SHANGHAI).toInstant();
            List<String[]> addedToday = workbench.db().read(c -> Sql.query(c, "SELECT userid, external_userid"
                    + " FROM follows WHERE status = 'ACTIVE' AND added_at >= ? AND added_at < ?",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, dayStart, dayStart.plus(Duration.ofDays(1))));
            assertThat(addedToday).hasSizeGreaterThanOrEqualTo(4);
            for (String[] follow : addedToday) {
                List<String> greets = workbench.db().read(c -> Sql.query(c, "SELECT id FROM tasks"
                        + " WHERE member_userid = ? AND external_userid = ? AND due_date = ?"
                        + " AND (kind = 'GREET' OR reason_json LIKE '%\"greet\":true%')",
                        rs -> rs.getString(1), follow[0], follow[1], today));
                assertThat(greets).as("greet for %s of %s", follow[1], follow[0]).hasSize(1);
            }
            // Customers delete their rep; the next sync notices, and the queue drops what was for them.
            List<String> hadTasks = taskContacts(workbench);
            clock.advance(Duration.ofMinutes(30));
            AdvanceSummary churn = sandbox.advance(new AdvanceRequest(0, 0, 120, 0, 0));
            assertThat(engine.run(remote, SyncRequest.incremental(null), SyncListener.NONE, () -> false).ok()).isTrue();
            workbench.queue().refresh().afterSync();
            List<AdvanceSummary.Churn> churnedWithTasks = churn.lostContacts().stream()
                    .filter(x -> hadTasks.contains(x.userid() + " " + x.externalUserid())).toList();
            assertThat(churnedWithTasks).isNotEmpty();
            for (AdvanceSummary.Churn gone : churnedWithTasks) {
                List<String> theirs = workbench.db().read(c -> Sql.query(c, "SELECT status || ' '"
                        + " || coalesce(status_reason, '') FROM tasks WHERE member_userid = ? AND external_userid = ?"
                        + " AND status NOT IN ('DONE', 'SENT', 'SKIPPED')", rs -> rs.getString(1), gone.userid(),
                        gone.externalUserid()));
                assertThat(theirs).as("tasks of %s", gone.externalUserid()).allMatch(t -> t.equals("CANCELLED LOST")
                        || t.startsWith("OPEN") && isLostCallBack(workbench, gone));
            }
            long sendsToLost = workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM tasks t JOIN follows f"
                    + " ON f.external_userid = t.external_userid AND f.userid = t.member_userid"
                    + " WHERE f.status = 'LOST' AND t.content_version IS NOT NULL AND t.status <> 'CANCELLED'"));
            assertThat(sendsToLost).isZero();

            List<String> before = taskIds(workbench);
            workbench.queue().refresh().afterSync();
            assertThat(taskIds(workbench)).isEqualTo(before);
        }
    }

    private static List<String> taskContacts(Workbench workbench) {
        return workbench.db().read(c -> Sql.query(c, "SELECT DISTINCT member_userid || ' ' || external_userid"
                + " FROM tasks", rs -> rs.getString(1)));
    }

    /** The one task a lost contact may still get: the default call-back, which never sends. */
    private static boolean isLostCallBack(Workbench workbench, AdvanceSummary.Churn gone) {
        List<String> rules = workbench.db().read(c -> Sql.query(c, "SELECT rule_id FROM tasks WHERE member_userid = ?"
                + " AND external_userid = ? AND status = 'OPEN'", rs -> rs.getString(1), gone.userid(),
                gone.externalUserid()));
        return rules.stream().allMatch(DefaultRules.LOST_CALL_BACK::equals);
    }

    private static List<String> taskIds(Workbench workbench) {
        return workbench.db().read(c -> Sql.query(c, "SELECT id || ' ' || status FROM tasks ORDER BY id",
                rs -> rs.getString(1)));
    }

    private static WeComClient client(SandboxServer sandbox) {
        WeComConfig config = WeComConfig.of(sandbox.baseUrl(), sandbox.corpId(), sandbox.secret(), 1000002L)
                .withRetry(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(5)))
                .withRateLimits(RateLimits.unlimited());
        return new WeComClientBuilder(config).timing(System::nanoTime, duration -> { }).build();
    }
}
