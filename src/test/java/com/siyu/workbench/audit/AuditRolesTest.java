package com.siyu.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.store.StoreException;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit services refuse what a role may not do, whatever the UI shows or hides. */
class AuditRolesTest {
    static final Actor GUIDE = new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE));
    static final Actor LEAD = new Actor(TestWorkbench.LEAD, "王店长", Set.of(Role.LEAD));
    static final Actor REVIEWER = new Actor(TestWorkbench.REVIEWER, "刘燕", Set.of(Role.REVIEWER));
    static final Actor ADMIN = new Actor(TestWorkbench.ADMIN, "陈管理", Set.of(Role.ADMIN));
    static final String OTHER_STORE_REP = "lisi";
    static final DateRange WEEK = DateRange.lastDays(LocalDate.of(2026, 11, 23), 7);

    @TempDir
    Path dir;
    Workbench workbench;
    AuditModule audit;

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir);
        audit = workbench.audit();
        workbench.db().write(c -> {
            Sql.update(c, "INSERT INTO departments (id, name, parent_id, sort_order) VALUES (3, '上海静安店', 1, 2)");
            Sql.update(c, "INSERT INTO members (userid, name, mobile, main_department, is_follow_user, updated_at)"
                    + " VALUES (?, '李四', '13700001111', 3, 1, 0)", OTHER_STORE_REP);
            Sql.update(c, "INSERT INTO member_departments (userid, department_id, is_leader) VALUES (?, 3, 0)",
                    OTHER_STORE_REP);
        });
        for (String who : List.of(TestWorkbench.GUIDE, TestWorkbench.LEAD, OTHER_STORE_REP)) {
            workbench.activityLog().append(ActivityEvent.of(who, Actions.TASK_DONE).withTask("t-" + who));
        }
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void aGuideCannotOpenTheDashboardNorCheckTheChain() {
        assertThatThrownBy(() -> audit.dashboards().load(GUIDE, WEEK, null))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((AccessDeniedException) e).messageKey())
                .isEqualTo("members.denied.view_team_dashboard");
        assertThatThrownBy(() -> audit.dashboards().scope(REVIEWER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.logs().verifyChain(GUIDE, ProgressReporter.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGuideCannotExport() {
        Path file = dir.resolve("out.csv");
        assertThatThrownBy(() -> audit.exports().export(GUIDE, ExportServiceTest.reps(), ExportFormat.CSV, file))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((AccessDeniedException) e).messageKey()).isEqualTo("members.denied.export_data");
        assertThat(file).doesNotExist();
    }

    @Test
    void aGuideReadsOnlyTheirOwnLogEntries() {
        LogPage own = audit.logs().entries(GUIDE, new LogQuery(TestWorkbench.GUIDE, Set.of(), WEEK));
        assertThat(own.rows()).extracting(LogRow::memberUserid).containsOnly(TestWorkbench.GUIDE);
        assertThat(own.rows()).isNotEmpty();
        assertThatThrownBy(() -> audit.logs().entries(GUIDE, new LogQuery(TestWorkbench.LEAD, Set.of(), WEEK)))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((AccessDeniedException) e).messageKey()).isEqualTo("members.denied.read_team_log");
        assertThatThrownBy(() -> audit.logs().entries(GUIDE, new LogQuery(OTHER_STORE_REP, Set.of(), WEEK)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGuideCannotEditTheLogEvenThroughTheDatabaseTheServicesUse() {
        assertThatThrownBy(() -> workbench.db().write(c -> Sql.update(c,
                "UPDATE activity_log SET member_userid = ? WHERE member_userid = ?", TestWorkbench.LEAD,
                TestWorkbench.GUIDE))).isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> workbench.db().write(c -> Sql.update(c,
                "DELETE FROM activity_log WHERE member_userid = ?", TestWorkbench.GUIDE)))
                .isInstanceOf(StoreException.class);
        assertThat(audit.logs().verifyChain(LEAD, ProgressReporter.NONE).ok()).isTrue();
    }

    @Test
    void aLeadSeesTheirStoreButNotAnotherOne() {
        TeamScope scope = audit.dashboards().scope(LEAD);
        assertThat(scope.departments()).containsOnlyKeys(2);
        assertThat(scope.userids()).contains(TestWorkbench.GUIDE).doesNotContain(OTHER_STORE_REP);
        assertThat(audit.logs().entries(LEAD, new LogQuery(TestWorkbench.GUIDE, Set.of(), WEEK)).rows()).hasSize(1);
        assertThatThrownBy(() -> audit.logs().entries(LEAD, new LogQuery(OTHER_STORE_REP, Set.of(), WEEK)))
                .isInstanceOf(OutsideTeamException.class)
                .extracting(e -> ((AccessDeniedException) e).messageKey()).isEqualTo("audit.denied.outsideTeam");
        assertThatThrownBy(() -> audit.dashboards().load(LEAD, WEEK, 3)).isInstanceOf(OutsideTeamException.class);
    }

    @Test
    void anAdminAloneHasNoDashboardButALeadWhoIsAlsoAdminSeesEveryStore() {
        assertThatThrownBy(() -> audit.dashboards().scope(ADMIN)).isInstanceOf(AccessDeniedException.class);
        Actor leadAndAdmin = new Actor(TestWorkbench.LEAD, "王店长", Set.of(Role.LEAD, Role.ADMIN));
        TeamScope scope = audit.dashboards().scope(leadAndAdmin);
        assertThat(scope.wholeOrganisation()).isTrue();
        assertThat(scope.departments()).containsKeys(1, 2, 3);
        assertThat(scope.userids()).contains(TestWorkbench.GUIDE, OTHER_STORE_REP);
        assertThat(scope.members()).filteredOn(m -> m.userid().equals(OTHER_STORE_REP))
                .extracting(TeamMember::mobile).containsExactly("137****1111");
    }
}
