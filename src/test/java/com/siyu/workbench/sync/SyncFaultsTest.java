package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.sandbox.FaultPlan;
import com.siyu.workbench.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault check: with the sandbox injecting 10% rate limits, 5% errcode -1, 5% HTTP 500 and dropped
 * connections, and access tokens living 60 s, a full sync still converges to the same state as a fault-free run.
 * Interrupted runs are resumed the way the app's probes resume them (the same call again).
 */
@Tag("slow")
class SyncFaultsTest {
    private static final String FAULTS = "errcode-1=0.05,http500=0.05,ratelimit=0.1,drop=0.02";

    @TempDir
    Path dir;

    @Test
    void aFullSyncUnderFaultsEndsInTheSameStateAsAFaultFreeOne() throws Exception {
        SandboxConfig config = SyncFixture.sandbox(20, 20_000).withTokenTtl(Duration.ofSeconds(60));
        try (SyncFixture f = SyncFixture.start(dir, config);
             SyncFixture.Second clean = f.secondDatabase(dir.resolve("fault-free.db"))) {
            Set<String> everyone = Convergence.allFollowUsers(f.sandbox);
            assertThat(clean.full().ok()).isTrue();

            f.sandbox.setFaults(FaultPlan.parse(FAULTS));
            AtomicLong lastDone = new AtomicLong();
            List<SyncResult> attempts = new ArrayList<>();
            do {
                attempts.add(f.engine.run(f.remote, SyncRequest.full(null), progress -> {
                    // every ~1 000 relations a minute passes for WeCom's tokens: they expire mid-run (42001)
                    if (progress.done() - lastDone.get() >= 1000) {
                        lastDone.set(progress.done());
                        f.clock.advance(Duration.ofSeconds(61));
                    }
                }, () -> false));
            } while (!attempts.get(attempts.size() - 1).ok() && attempts.size() < 6);
            f.sandbox.setFaults(FaultPlan.NONE);

            assertThat(attempts.get(attempts.size() - 1).ok()).as("runs: " + attempts).isTrue();
            assertThat(f.sandbox.stats().faults()).as("faults were really injected").isNotEmpty();
            assertThat(f.sandbox.stats().tokensIssued()).as("tokens expired and were fetched again").isGreaterThan(2);
            Convergence.assertSame("relations, faulty vs fault-free run",
                    Convergence.localFollows(clean.db, everyone, "ACTIVE"),
                    Convergence.localFollows(f.db, everyone, "ACTIVE"));
            Convergence.assertSame("contacts, faulty vs fault-free run", Convergence.localContacts(clean.db, everyone),
                    Convergence.localContacts(f.db, everyone));
            Convergence.assertSame("tags, faulty vs fault-free run", Convergence.localTags(clean.db),
                    Convergence.localTags(f.db));
            Convergence.assertConverged(f.sandbox, f.db, everyone);
        }
    }
}
