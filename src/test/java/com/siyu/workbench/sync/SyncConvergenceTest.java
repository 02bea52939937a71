package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.sandbox.AdvanceRequest;
import com.siyu.workbench.sandbox.AdvanceSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The convergence check at its scale: a sandbox with 20 members and 20 000 contacts. After a full sync the
 * local copy equals WeCom's (every relation with its fields and tags, every contact, every tag); after the sandbox
 * moves on, an incremental sync makes it equal again.
 */
@Tag("slow")
class SyncConvergenceTest {
    @TempDir
    Path dir;

    @Test
    void fullThenIncrementalSyncsConvergeWithTheSandbox() throws Exception {
        try (SyncFixture f = SyncFixture.start(dir, SyncFixture.sandbox(20, 20_000))) {
            Set<String> everyone = Convergence.allFollowUsers(f.sandbox);

            SyncResult full = f.full();
            assertThat(full.ok()).as(String.valueOf(full.error())).isTrue();
            Convergence.assertConverged(f.sandbox, f.db, everyone);

            // The same hour: new and lost customers are found from the id lists alone.
            AdvanceSummary quick = f.sandbox.advance(new AdvanceRequest(0, 120, 80, 0, 0));
            SyncResult incremental = f.incremental();
            assertThat(incremental.contactsAdded()).isEqualTo(quick.newContacts().size());
            assertThat(incremental.contactsLost()).isEqualTo(quick.lostContacts().size());
            assertThat(incremental.pages()).as("at most one list per member plus one get per new customer")
                    .isLessThanOrEqualTo(everyone.size() + quick.newContacts().size())
                    .isLessThan(full.pages());
            Convergence.assertConverged(f.sandbox, f.db, everyone);

            // A day passes in WeCom and on the desk: tag and remark edits made in WeCom arrive too.
            AdvanceSummary day = f.sandbox.advance(new AdvanceRequest(1, 200, 150, 300, 100));
            f.clock.advance(Duration.ofDays(1));
            SyncResult nextDay = f.incremental();
            assertThat(nextDay.ok()).isTrue();
            assertThat(nextDay.contactsAdded()).isEqualTo(day.newContacts().size());
            assertThat(nextDay.contactsLost()).isEqualTo(day.lostContacts().size());
            Convergence.assertConverged(f.sandbox, f.db, everyone);
        }
    }
}
