package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.sandbox.AdvanceRequest;
import com.siyu.workbench.sandbox.AdvanceSummary;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New customers fetched one by one are written in batches; a run stopped in the middle of them carries on after
 * the last batch it wrote. The corp is large enough (2 400–6 200 relations a member) that fetching 60 new customers one
 * by one is cheaper than re-reading the members.
 */
@Tag("slow")
class NewCustomersResumeTest {
    @TempDir
    Path dir;
    SyncFixture f;

    @BeforeEach
    void start() throws Exception {
        f = SyncFixture.start(dir, SyncFixture.sandbox(3, 12_000));
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aRunStoppedWhileFetchingNewCustomersResumesAfterTheLastWrittenBatch() {
        f.full();
        AdvanceSummary changes = f.sandbox.advance(new AdvanceRequest(0, 60, 0, 0, 0));
        int members = Convergence.allFollowUsers(f.sandbox).size();
        int newRelations = changes.newContacts().size();
        int newCustomers = (int) changes.newContacts().stream().map(AdvanceSummary.Arrival::externalUserid)
                .distinct().count();
        AtomicLong fetched = new AtomicLong();
        long stopAt = ContactsStep.GETS_PER_WRITE + 5;

        SyncResult first = f.engine.run(f.remote, SyncRequest.incremental(null), p -> {
            if (p.step().equals(ContactsStep.NAME)) {
                fetched.set(p.done());
            }
        }, () -> fetched.get() >= stopAt);

        assertThat(first.status()).isEqualTo(SyncRun.CANCELLED);
        assertThat(first.pages()).as("the lists and the one batch written").isEqualTo(members
                + ContactsStep.GETS_PER_WRITE);
        SyncResult second = f.incremental();

        assertThat(second.ok()).isTrue();
        assertThat(second.pages()).as("only the customers not written yet are fetched again")
                .isEqualTo(newCustomers - ContactsStep.GETS_PER_WRITE);
        assertThat(first.contactsAdded() + second.contactsAdded()).isEqualTo(newRelations);
        Convergence.assertConverged(f.sandbox, f.db, Convergence.allFollowUsers(f.sandbox));
    }
}
