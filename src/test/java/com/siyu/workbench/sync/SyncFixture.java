package com.siyu.workbench.sync;

import com.siyu.workbench.audit.JdbcActivityLog;
import com.siyu.workbench.members.JdbcMemberRepository;
import com.siyu.workbench.members.JdbcRoleRepository;
import com.siyu.workbench.sandbox.SandboxConfig;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.wecom.RateLimits;
import com.siyu.workbench.wecom.RetryPolicy;
import com.siyu.workbench.wecom.WeComClient;
import com.siyu.workbench.wecom.WeComClientBuilder;
import com.siyu.workbench.wecom.WeComConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The real parts, wired as the app wires them: a WeCom sandbox on a loopback port, the real WeCom client (retry
 * back-offs and rate-limit pauses made instant), a real SQLite file, and the sync engine over them.
 */
final class SyncFixture implements AutoCloseable {
    final TestClock clock = new TestClock();
    final SandboxServer sandbox;
    final Database db;
    final WeComClient client;
    final JdbcMemberRepository members;
    final JdbcRoleRepository roles;
    final JdbcActivityLog log;
    final ExecutorService prefetch = Executors.newFixedThreadPool(ContactPlanner.LANES);
    final WeComRemote remote;
    final SyncEngine engine;

    private SyncFixture(SandboxConfig config, Path dbFile, Duration followRefresh) throws Exception {
        sandbox = SandboxServer.start(config.withClock(clock).withPort(0));
        db = Database.open(dbFile);
        client = client(sandbox);
        members = new JdbcMemberRepository(db, clock);
        roles = new JdbcRoleRepository(db, clock);
        log = new JdbcActivityLog(db, clock);
        remote = new WeComRemote(client, db, clock, members, roles, prefetch, followRefresh);
        engine = new SyncEngine(db, clock, log, duration -> { });
    }

    static SyncFixture start(Path dir, SandboxConfig config) throws Exception {
        return new SyncFixture(config, dir.resolve("workbench.db"), SyncModule.FOLLOW_REFRESH);
    }

    static SandboxConfig sandbox(int members, int contacts) {
        return SandboxConfig.defaults().withMembers(members).withContacts(contacts).withSeed(11);
    }

    /** The production client with its waits made instant, so fault-injection tests finish quickly. */
    static WeComClient client(SandboxServer sandbox) {
        WeComConfig config = WeComConfig.of(sandbox.baseUrl(), sandbox.corpId(), sandbox.secret(), 1000002L)
                .withRetry(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(5)))
                .withRateLimits(RateLimits.unlimited());
        return new WeComClientBuilder(config).timing(System::nanoTime, duration -> { }).build();
    }

    SyncResult run(SyncRequest request) {
        return engine.run(remote, request, SyncListener.NONE, () -> false);
    }

    SyncResult full() {
        return run(SyncRequest.full(null));
    }

    SyncResult incremental() {
        return run(SyncRequest.incremental(null));
    }

    /** Another local database syncing from the same sandbox (a reference run, or a second desk). */
    Second secondDatabase(Path file) {
        try {
            return new Second(Database.open(file));
        } catch (com.siyu.workbench.store.DatabaseOpenException e) {
            throw new IllegalStateException(e);
        }
    }

    final class Second implements AutoCloseable {
        final Database db;
        final SyncEngine engine;
        final WeComRemote remote;

        private Second(Database opened) {
            db = opened;
            engine = new SyncEngine(db, clock, new JdbcActivityLog(db, clock), duration -> { });
            remote = new WeComRemote(client, db, clock, new JdbcMemberRepository(db, clock),
                    new JdbcRoleRepository(db, clock), null, SyncModule.FOLLOW_REFRESH);
        }

        SyncResult full() {
            return engine.run(remote, SyncRequest.full(null), SyncListener.NONE, () -> false);
        }

        @Override
        public void close() {
            db.close();
        }
    }

    @Override
    public void close() {
        prefetch.shutdownNow();
        client.close();
        db.close();
        sandbox.close();
    }
}
