package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.sandbox.AdvanceRequest;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.MessageTask;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * The crash check: a separate sync JVM ({@code Main sync …}, as the CLI runs it) is killed with SIGKILL at
 * random points, 24 times, half of them while it flushes the outbox and half while it pulls. After every kill the
 * database passes {@code PRAGMA integrity_check} and still holds every queued change; at the end no message task
 * exists twice in the sandbox, every change has been delivered, and the next sync converges.
 */
@Tag("slow")
class SyncCrashTest {
    private static final int RUNS = 24;

    @TempDir
    Path dir;

    @Test
    void killedSyncProcessesLoseNothingAndNeverSendAMessageTaskTwice() throws Exception {
        Random random = new Random(20_261_124);
        try (SyncFixture f = SyncFixture.start(dir, SyncFixture.sandbox(8, 4_000))) {
            Path file = dir.resolve("workbench.db");
            f.db.close(); // the child processes own the file while they run
            List<Follow> follows = f.sandbox.model().contacts().allFollows().stream().filter(x -> !x.lost())
                    .toList();
            String tag = f.sandbox.model().tags().liveGroups().get(0).liveTags().get(0).id();
            List<String> queued = new ArrayList<>();
            List<String> messageTexts = new ArrayList<>();
            int killedInFlush = 0;
            int killedInPull = 0;
            int caughtInFlight = 0;
            for (int run = 0; run < RUNS; run++) {
                boolean duringFlush = run % 2 == 0;
                if (duringFlush) {
                    enqueueBatch(file, run, follows, tag, random, queued, messageTexts);
                } else {
                    f.sandbox.advance(new AdvanceRequest(0, 10, 5, 0, 0));
                }
                Process child = startSync(f, file, !duringFlush);
                boolean killed = duringFlush ? killWhenSending(child, file, run, random.nextInt(5) + 1)
                        : killWhenPulling(child, file, random.nextInt(3000));
                child.destroyForcibly();
                child.waitFor();
                if (killed) {
                    if (duringFlush) {
                        killedInFlush++;
                    } else {
                        killedInPull++;
                    }
                }
                assertThat(integrity(file)).as("integrity after kill " + run).isEqualTo("ok");
                caughtInFlight += inFlight(file);
                assertThat(queuedKeys(file)).as("queued changes after kill " + run).containsAll(queued);
                assertNoTaskTwice(f, messageTexts);
            }
            assertThat(killedInFlush).as("kills that landed while the outbox was flushing").isGreaterThanOrEqualTo(8);
            assertThat(killedInPull).as("kills that landed during the pull").isGreaterThanOrEqualTo(8);
            assertThat(caughtInFlight).as("items caught between 'sending' and 'answer recorded'").isPositive();

            // the next sync: in this process, a little later (items caught mid-send are reconciled, not resent)
            try (Database db = Database.open(file)) {
                f.clock.advance(Duration.ofSeconds(10));
                SyncEngine engine = new SyncEngine(db, f.clock, new com.siyu.workbench.audit.JdbcActivityLog(db,
                        f.clock), duration -> { });
                WeComRemote remote = new WeComRemote(f.client, db, f.clock,
                        new com.siyu.workbench.members.JdbcMemberRepository(db, f.clock),
                        new com.siyu.workbench.members.JdbcRoleRepository(db, f.clock), null,
                        SyncModule.FOLLOW_REFRESH);
                SyncResult last = engine.run(remote, SyncRequest.syncNow(null), SyncListener.NONE, () -> false);
                assertThat(last.ok()).as(String.valueOf(last.error())).isTrue();
                long undelivered = db.read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM outbox WHERE status <> 'SENT'"));
                assertThat(undelivered).as("every queued change reached WeCom").isZero();
                long tasks = db.read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM message_tasks"));
                assertThat(tasks).isEqualTo(messageTexts.size());
                Convergence.assertConverged(f.sandbox, db, Convergence.allFollowUsers(f.sandbox));
            }
            assertNoTaskTwice(f, messageTexts);
            for (String text : messageTexts) {
                assertThat(tasksWith(f, text)).as(text).hasSize(1);
            }
        }
    }

    private static void enqueueBatch(Path file, int run, List<Follow> follows, String tag, Random random,
                                     List<String> queued, List<String> texts) throws Exception {
        try (Database db = Database.open(file)) {
            JdbcOutbox outbox = new JdbcOutbox(db, java.time.Clock.systemUTC());
            for (int i = 0; i < 6; i++) {
                Follow x = follows.get(random.nextInt(follows.size()));
                String key = "crash:" + run + ":" + i;
                String payload;
                String kind;
                if (i < 3) {
                    String text = "第" + run + "轮第" + i + "条：周末会员日，到店有礼";
                    texts.add(text);
                    kind = "MSG_TEMPLATE";
                    key = "send:" + key;
                    payload = OutboxFlushTest.msgTemplate(x, text);
                } else if (i < 5) {
                    kind = "MARK_TAG";
                    payload = "{\"userid\":\"" + x.userid() + "\",\"external_userid\":\"" + x.externalUserid()
                            + "\",\"add_tag\":[\"" + tag + "\"],\"remove_tag\":[]}";
                } else {
                    kind = "REMARK";
                    payload = "{\"userid\":\"" + x.userid() + "\",\"external_userid\":\"" + x.externalUserid()
                            + "\",\"description\":\"第" + run + "轮改的描述\"}";
                }
                outbox.enqueue(new OutboxItem(key, kind, x.externalUserid(), payload, x.userid()));
                queued.add(key);
            }
        }
    }

    private static Process startSync(SyncFixture f, Path file, boolean full) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Shanghai",
                "-cp", classPath, "com.siyu.workbench.Main", "sync", "--api", f.sandbox.baseUrl(),
                "--corp-id", f.sandbox.corpId(), "--secret", f.sandbox.secret(), "--db", file.toString()));
        if (full) {
            command.add("--full");
        }
        File log = file.resolveSibling("child.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    }

    /** Waits until {@code target} queued items are in flight or sent, then kills; false if the child ended first. */
    private static boolean killWhenSending(Process child, Path file, int run, int target) throws Exception {
        return killWhen(child, file, c -> Sql.queryLong(c, "SELECT COUNT(*) FROM outbox WHERE status IN"
                + " ('IN_FLIGHT', 'SENT') AND (idempotency_key LIKE ? OR idempotency_key LIKE ?)",
                "crash:" + run + ":%", "send:crash:" + run + ":%") >= target);
    }

    /** Waits until the run has pushed and started pulling, then kills it {@code delayMillis} later. */
    private static boolean killWhenPulling(Process child, Path file, int delayMillis) throws Exception {
        boolean pulling = killWhen(child, file, c -> Sql.queryLong(c, "SELECT COUNT(*) FROM sync_runs"
                + " WHERE status = 'RUNNING'") > 0, false);
        if (!pulling || child.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
            return false;
        }
        child.destroyForcibly();
        return true;
    }

    private interface Condition {
        boolean holds(Connection c) throws SQLException;
    }

    private static boolean killWhen(Process child, Path file, Condition condition) throws Exception {
        return killWhen(child, file, condition, true);
    }

    /** Polls {@code condition}; when it holds, kills the child if {@code kill}. False if the child ended first. */
    private static boolean killWhen(Process child, Path file, Condition condition, boolean kill) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try (Connection c = readOnly(file)) {
            while (System.nanoTime() < deadline) {
                if (child.waitFor(15, TimeUnit.MILLISECONDS)) {
                    return false; // finished before the chosen point
                }
                try {
                    if (condition.holds(c)) {
                        if (kill) {
                            child.destroyForcibly();
                        }
                        return true;
                    }
                } catch (SQLException busyOrNotYetCreated) {
                    // the child is migrating or holds a lock for a moment: look again
                }
            }
        }
        return false;
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(50);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static String integrity(Path file) throws SQLException {
        try (Connection c = readOnly(file)) {
            return Sql.queryOne(c, "PRAGMA integrity_check", rs -> rs.getString(1)).orElse("no answer");
        }
    }

    private static int inFlight(Path file) throws SQLException {
        try (Connection c = readOnly(file)) {
            return (int) Sql.queryLong(c, "SELECT COUNT(*) FROM outbox WHERE status = 'IN_FLIGHT'");
        }
    }

    private static List<String> queuedKeys(Path file) throws SQLException {
        try (Connection c = readOnly(file)) {
            return Sql.query(c, "SELECT idempotency_key FROM outbox", rs -> rs.getString(1));
        }
    }

    private static void assertNoTaskTwice(SyncFixture f, List<String> texts) {
        for (String text : texts) {
            assertThat(tasksWith(f, text).size()).as("message tasks in WeCom for " + text).isLessThanOrEqualTo(1);
        }
    }

    private static List<MessageTask> tasksWith(SyncFixture f, String text) {
        return f.sandbox.model().messageTasks().tasks().stream().filter(t -> t.contentJson().contains(text)).toList();
    }
}
