package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.sandbox.model.Member;
import com.siyu.workbench.store.Sql;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whose customers a desk syncs, and how a run that stopped half-way carries on. */
class ScopeAndResumeTest {
    @TempDir
    Path dir;
    SyncFixture f;

    @BeforeEach
    void start() throws Exception {
        f = SyncFixture.start(dir, SyncFixture.sandbox(12, 900));
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aGuideSyncsOnlyTheirOwnCustomers() {
        Member guide = member("导购");

        SyncResult result = f.run(SyncRequest.full(guide.userid()));

        assertThat(result.ok()).isTrue();
        assertThat(localFollowers()).containsExactly(guide.userid());
        Convergence.assertConverged(f.sandbox, f.db, Set.of(guide.userid()));
        long all = f.sandbox.model().contacts().allFollows().stream().filter(x -> !x.lost()).count();
        assertThat((long) result.contactsAdded()).isLessThan(all / 2);
    }

    @Test
    void aLeadSyncsTheTeamSharingTheirStore() {
        Member lead = member("店长");
        Set<String> team = new TreeSet<>();
        f.sandbox.model().org().membersIn(lead.department()).stream().filter(Member::customerContact)
                .forEach(m -> team.add(m.userid()));

        f.run(SyncRequest.full(lead.userid()));

        assertThat(localFollowers()).isEqualTo(team);
        Convergence.assertConverged(f.sandbox, f.db, team);
    }

    @Test
    void anAdminSyncsTheWholeCorp() {
        Member admin = member("运营管理员");

        f.run(SyncRequest.full(admin.userid()));

        assertThat(localFollowers()).isEqualTo(Convergence.allFollowUsers(f.sandbox));
    }

    @Test
    void aCancelledRunResumesWhereItStoppedNotFromZero() {
        SyncResult reference = referencePages();
        AtomicInteger relationsDone = new AtomicInteger();
        SyncResult first = f.engine.run(f.remote, SyncRequest.full(null), p -> relationsDone.set((int) p.done()),
                () -> relationsDone.get() >= 300);
        assertThat(first.status()).isEqualTo(SyncRun.CANCELLED);
        assertThat(first.error()).contains("中断处继续");

        SyncResult second = f.incremental();

        assertThat(second.ok()).isTrue();
        assertThat(second.kind()).as("the unfinished full run is continued").isEqualTo("FULL");
        assertThat(first.pages()).isPositive();
        assertThat(second.pages()).isLessThan(reference.pages());
        assertThat(first.contactsAdded() + second.contactsAdded()).isEqualTo(reference.contactsAdded());
        Convergence.assertConverged(f.sandbox, f.db, Convergence.allFollowUsers(f.sandbox));
    }

    @Test
    void aPageThatFailsToWriteLeavesNothingHalfDoneAndIsReadAgain() {
        String victim = lastRelationOfLastMember();
        // a first sync stages its pages (FirstLoad) before moving them into follows
        failWritesOf("sync_load_follow_tags", victim);

        SyncResult failed = pageByPage().run(f.remote, SyncRequest.full(null), SyncListener.NONE, () -> false);

        assertThat(failed.status()).isEqualTo(SyncRun.FAILED);
        assertThat(failed.error()).contains("本地数据库写入失败");
        assertThat(count("sync_load_follows WHERE external_userid = ?", victim))
                .as("the failed page's relations were rolled back with it").isZero();
        assertThat(count("sync_load_follows", null)).as("earlier pages stay").isPositive();
        assertThat(count("follows", null)).as("nothing reaches the local copy before every page is read").isZero();

        f.db.write(c -> Sql.update(c, "DROP TRIGGER boom"));
        SyncResult resumed = f.incremental();

        assertThat(resumed.ok()).isTrue();
        Convergence.assertConverged(f.sandbox, f.db, Convergence.allFollowUsers(f.sandbox));
        assertThat(count("sync_load_follows", null)).as("the staging is emptied by the move").isZero();
    }

    @Test
    void aFirstLoadWhoseMoveFailsKeepsEveryStagedPageAndMovesThemNextRun() {
        failWritesOf("follow_tags", lastRelationOfLastMember());

        SyncResult failed = pageByPage().run(f.remote, SyncRequest.full(null), SyncListener.NONE, () -> false);

        assertThat(failed.status()).isEqualTo(SyncRun.FAILED);
        assertThat(count("follows", null)).as("the move is one transaction").isZero();
        long staged = count("sync_load_follows", null);
        assertThat(staged).isPositive();

        f.db.write(c -> Sql.update(c, "DROP TRIGGER boom"));
        SyncResult resumed = f.incremental();

        assertThat(resumed.ok()).isTrue();
        assertThat(resumed.contactsAdded()).as("the staged relations are moved, not read again").isZero();
        assertThat(resumed.pages()).isLessThan(referencePages().pages());
        Convergence.assertConverged(f.sandbox, f.db, Convergence.allFollowUsers(f.sandbox));
        assertThat(count("sync_load_follows", null)).isZero();
    }

    @Test
    void aNewPlanDiscardsWhatAnAbandonedFirstLoadStaged() {
        f.db.write(c -> Sql.update(c, "INSERT INTO sync_load_follows (external_userid, userid, added_at, synced_at)"
                + " VALUES ('wm-stale', 'nobody', 0, 0)"));

        SyncResult result = f.run(SyncRequest.full(null));

        assertThat(result.ok()).isTrue();
        assertThat(count("follows WHERE external_userid = 'wm-stale'", null)).isZero();
        Convergence.assertConverged(f.sandbox, f.db, Convergence.allFollowUsers(f.sandbox));
    }

    /** An engine committing every page on its own, as a slow machine or a large corp would. */
    private SyncEngine pageByPage() {
        return new SyncEngine(f.db, f.clock, f.log, duration -> { }, new PageContext.Grouping(1, 0));
    }

    private String lastRelationOfLastMember() {
        String lastMember = new TreeSet<>(Convergence.allFollowUsers(f.sandbox)).last();
        List<com.siyu.workbench.sandbox.model.Follow> theirs = f.sandbox.model().contacts().follows(lastMember);
        return theirs.get(theirs.size() - 1).externalUserid();
    }

    private void failWritesOf(String table, String externalUserid) {
        f.db.write(c -> Sql.update(c, "CREATE TRIGGER boom BEFORE INSERT ON " + table
                + " WHEN NEW.external_userid = '" + externalUserid + "' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"));
    }

    private long count(String fromWhere, String param) {
        return f.db.read(c -> param == null ? Sql.queryLong(c, "SELECT COUNT(*) FROM " + fromWhere)
                : Sql.queryLong(c, "SELECT COUNT(*) FROM " + fromWhere, param));
    }

    /** Pages and relations of an uninterrupted full run, measured on a second database against the same sandbox. */
    private SyncResult referencePages() {
        try (SyncFixture.Second other = f.secondDatabase(dir.resolve("reference.db"))) {
            return other.full();
        }
    }

    private Set<String> localFollowers() {
        return f.db.read(c -> {
            Set<String> ids = new TreeSet<>();
            Sql.query(c, "SELECT DISTINCT userid FROM follows", rs -> ids.add(rs.getString(1)));
            return ids;
        });
    }

    private Member member(String position) {
        List<Member> all = f.sandbox.model().org().members();
        return all.stream().filter(m -> position.equals(m.position())).findFirst().orElseThrow();
    }
}
