package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.sandbox.AdvanceRequest;
import com.siyu.workbench.sandbox.AdvanceSummary;
import com.siyu.workbench.store.Sql;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full and incremental pulls against a small sandbox: what is detected, what is fetched, what is kept. */
class IncrementalSyncTest {
    @TempDir
    Path dir;
    SyncFixture f;

    @BeforeEach
    void start() throws Exception {
        f = SyncFixture.start(dir, SyncFixture.sandbox(4, 600));
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void fullSyncCopiesEveryRelationContactAndTag() {
        SyncResult result = f.full();

        assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
        Convergence.assertConverged(f.sandbox, f.db, Convergence.allFollowUsers(f.sandbox));
        long relations = f.sandbox.model().contacts().allFollows().stream().filter(x -> !x.lost()).count();
        assertThat(result.contactsAdded()).isEqualTo((int) relations);
    }

    @Test
    void incrementalFindsNewAndLostContactsAndKeepsTheLostOnes() {
        f.full();
        AdvanceSummary changes = f.sandbox.advance(new AdvanceRequest(0, 7, 5, 0, 0));

        SyncResult result = f.incremental();

        assertThat(result.ok()).isTrue();
        assertThat(result.contactsAdded()).isEqualTo(changes.newContacts().size());
        assertThat(result.contactsLost()).isEqualTo(changes.lostContacts().size());
        Convergence.assertConverged(f.sandbox, f.db, Convergence.allFollowUsers(f.sandbox));
        for (AdvanceSummary.Churn churn : changes.lostContacts()) {
            String[] row = f.db.read(c -> Sql.queryOne(c, "SELECT status, lost_at FROM follows"
                    + " WHERE external_userid = ? AND userid = ?", rs -> new String[] {rs.getString(1),
                    rs.getString(2)}, churn.externalUserid(), churn.userid()).orElseThrow());
            assertThat(row[0]).isEqualTo("LOST");
            assertThat(row[1]).isNotNull();
        }
    }

    @Test
    void incrementalWithoutChangesReadsOnlyTheIdLists() {
        f.full();

        SyncResult result = f.incremental();

        assertThat(result.ok()).isTrue();
        int members = Convergence.allFollowUsers(f.sandbox).size();
        assertThat(result.pages()).as("one externalcontact/list per member, nothing else").isEqualTo(members);
        assertThat(result.contactsAdded() + result.contactsUpdated() + result.contactsLost()).isZero();
    }

    @Test
    void newCustomersAreFetchedOneByOneWhenThatIsCheaperThanRereadingTheMember() {
        f.full();
        AdvanceSummary changes = f.sandbox.advance(new AdvanceRequest(0, 2, 0, 0, 0));

        SyncResult result = f.incremental();

        int members = Convergence.allFollowUsers(f.sandbox).size();
        assertThat(result.pages()).isEqualTo(members + changes.newContacts().size());
        Convergence.assertConverged(f.sandbox, f.db, Convergence.allFollowUsers(f.sandbox));
    }

    @Test
    void tagAndRemarkEditsMadeInWeComArriveOnceTheRefreshWindowHasPassed() {
        f.full();
        AdvanceSummary changes = f.sandbox.advance(new AdvanceRequest(0, 0, 0, 6, 4));
        assertThat(changes.tagChanges()).isNotEmpty();

        SyncResult early = f.incremental();
        assertThat(early.contactsUpdated()).as("inside the window nothing is re-read").isZero();

        f.clock.advance(SyncModule.FOLLOW_REFRESH.plus(Duration.ofMinutes(1)));
        SyncResult later = f.incremental();

        assertThat(later.contactsUpdated()).isEqualTo(changes.tagChanges().size() + changes.remarkChanges().size());
        Convergence.assertConverged(f.sandbox, f.db, Convergence.allFollowUsers(f.sandbox));
    }

    @Test
    void syncNowRereadsEverythingAtOnce() {
        f.full();
        AdvanceSummary changes = f.sandbox.advance(new AdvanceRequest(0, 3, 2, 5, 2));

        SyncResult result = f.run(SyncRequest.syncNow(null));

        assertThat(result.contactsUpdated()).isEqualTo(changes.tagChanges().size() + changes.remarkChanges().size());
        Convergence.assertConverged(f.sandbox, f.db, Convergence.allFollowUsers(f.sandbox));
    }
}
