package com.siyu.workbench.roles;

import static com.siyu.workbench.roles.RolesFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.cli.RootCommand;
import com.siyu.workbench.contacts.ContactEditException;
import com.siyu.workbench.contacts.ContactFilter;
import com.siyu.workbench.contacts.ContactRow;
import com.siyu.workbench.contacts.ContactSort;
import com.siyu.workbench.contacts.ContactsModule;
import com.siyu.workbench.content.ContentFilter;
import com.siyu.workbench.content.ContentStatus;
import com.siyu.workbench.content.ContentSummary;
import com.siyu.workbench.content.ContentVersion;
import com.siyu.workbench.content.ScriptStep;
import com.siyu.workbench.content.lint.LintList;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.settings.SettingsAdministration.ConnectionForm;
import com.siyu.workbench.settings.WeComConnection;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.store.StoreException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The roles of issue 7 hold in the service layer, over a real workbench with several members of each role: whatever a
 * screen shows or hides, the service a screen calls refuses the act, and nothing is written.
 */
class RolesEnforcementTest {
    @TempDir
    Path dir;
    Workbench workbench;
    ContactsModule contacts;

    @BeforeEach
    void open() throws Exception {
        workbench = RolesFixture.open(dir);
        contacts = workbench.contacts();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private static void denied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    private long count(String sql, Object... params) {
        return workbench.db().read(c -> Sql.queryLong(c, sql, params));
    }

    private List<String> listed(Actor actor, String query) {
        return contacts.service().search(actor, ContactFilter.text(query), ContactSort.ADDED_NEWEST, 0, 50).rows()
                .stream().map(ContactRow::externalUserid).toList();
    }

    // --- content -------------------------------------------------------------------------------------------------

    private ContentVersion submittedProposal() {
        return workbench.content().service().create(GUIDE, "script-proposal",
                com.siyu.workbench.content.ContentBody.script("复购提醒", "复购", List.of("老客"),
                        List.of(ScriptStep.of(0, "{客户称呼}，上次的面霜用得怎么样？"))), ContentStatus.SUBMITTED);
    }

    @Test
    void noGuideNorLeadNorAdminCanApproveRejectOrRetireContentButEveryReviewerCan() {
        ContentVersion proposal = submittedProposal();
        for (Actor who : List.of(GUIDE, GUIDE_2, FAR_GUIDE, LEAD, FAR_LEAD, ADMIN, ADMIN2)) {
            denied(() -> workbench.content().service().approve(who, proposal.contentId(), proposal.version()));
            denied(() -> workbench.content().service().reject(who, proposal.contentId(), proposal.version(), "不行"));
            denied(() -> workbench.content().service().retire(who, GREETING_SCRIPT));
            denied(() -> workbench.content().library().reviewQueue(who));
        }
        long approvals = count("SELECT COUNT(*) FROM activity_log WHERE action = ?", Actions.CONTENT_APPROVED);
        assertThat(approvals).isZero();
        assertThat(workbench.content().library().item(REVIEWER, proposal.contentId()).orElseThrow()
                .approvedVersion()).isNull();

        assertThat(workbench.content().library().reviewQueue(REVIEWER2)).extracting(ContentVersion::contentId)
                .contains(proposal.contentId());
        assertThat(workbench.content().service().approve(REVIEWER2, proposal.contentId(), proposal.version())
                .status()).isEqualTo(ContentStatus.APPROVED);
        assertThatCode(() -> workbench.content().service().retire(REVIEWER, GREETING_SCRIPT)).doesNotThrowAnyException();
    }

    @Test
    void aGuideReadsApprovedContentOnlyAndNeverAnotherGuidesProposal() {
        ContentVersion proposal = submittedProposal();
        List<String> colleagueSees = workbench.content().library().list(GUIDE_2, ContentFilter.ALL).stream()
                .map(ContentSummary::id).toList();
        assertThat(colleagueSees).contains(GREETING_SCRIPT).doesNotContain(proposal.contentId());
        assertThat(workbench.content().library().open(GUIDE_2, proposal.contentId())).isEmpty();
        assertThat(workbench.content().library().list(GUIDE, ContentFilter.ALL)).extracting(ContentSummary::id)
                .contains(proposal.contentId());
        assertThatThrownBy(() -> workbench.content().service().saveDraft(GUIDE_2, proposal.contentId(),
                proposal.body())).isInstanceOf(RuntimeException.class);
        denied(() -> workbench.content().lintSettings().update(GUIDE, LintList.SENSITIVE, List.of("微信转账")));
        denied(() -> workbench.content().lintSettings().update(LEAD, LintList.SENSITIVE, List.of("微信转账")));
    }

    // --- contacts ------------------------------------------------------------------------------------------------

    @Test
    void aGuideCannotListSearchOrOpenAnotherRepsCustomers() {
        assertThat(listed(GUIDE, "")).containsExactly(OWN_CONTACT);
        assertThat(listed(GUIDE, "林先生")).isEmpty();
        assertThat(listed(GUIDE, COLLEAGUE_PHONE)).isEmpty();
        assertThat(listed(GUIDE, OWN_PHONE)).containsExactly(OWN_CONTACT);
        assertThat(contacts.service().count(GUIDE, ContactFilter.ALL)).isEqualTo(1);
        for (String other : List.of(COLLEAGUE_CONTACT, FAR_CONTACT)) {
            assertThatThrownBy(() -> contacts.service().profile(GUIDE, other))
                    .isInstanceOf(ContactEditException.class)
                    .extracting(e -> ((ContactEditException) e).messageKey()).isEqualTo("contacts.error.notVisible");
        }
    }

    @Test
    void reviewersAndAdminsReadNoCustomersAtAll() {
        for (Actor who : List.of(REVIEWER, REVIEWER2, ADMIN, ADMIN2)) {
            denied(() -> contacts.service().search(who, ContactFilter.ALL, ContactSort.ADDED_NEWEST, 0, 50));
            denied(() -> contacts.service().profile(who, OWN_CONTACT));
            denied(() -> contacts.edits().addNote(who, OWN_CONTACT, "记一笔"));
        }
    }

    @Test
    void aGuideCannotEditAnotherRepsCustomerAndNothingIsWritten() {
        long logBefore = count("SELECT COUNT(*) FROM activity_log");
        for (String other : List.of(COLLEAGUE_CONTACT, FAR_CONTACT)) {
            assertThatThrownBy(() -> contacts.edits().setTags(GUIDE, other, List.of("t-deal")))
                    .isInstanceOf(ContactEditException.class);
            assertThatThrownBy(() -> contacts.edits().editRemark(GUIDE, other, "改掉", "别人的客户"))
                    .isInstanceOf(ContactEditException.class);
            assertThatThrownBy(() -> contacts.edits().addNote(GUIDE, other, "偷偷记一笔"))
                    .isInstanceOf(ContactEditException.class);
            denied(() -> workbench.queue().replies().replied(GUIDE, other, null));
        }
        assertThat(count("SELECT COUNT(*) FROM follow_tags")).isZero();
        assertThat(count("SELECT COUNT(*) FROM contact_notes")).isZero();
        assertThat(count("SELECT COUNT(*) FROM outbox")).isZero();
        assertThat(count("SELECT COUNT(*) FROM follows WHERE remark = '改掉'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM activity_log")).isEqualTo(logBefore);
        // the same calls on their own customer go through
        contacts.edits().setTags(GUIDE, OWN_CONTACT, List.of("t-deal"));
        contacts.edits().addNote(GUIDE, OWN_CONTACT, "喜欢面霜");
        assertThat(count("SELECT COUNT(*) FROM follow_tags WHERE userid = ?", GUIDE.userid())).isEqualTo(1);
    }

    private void unmatchedOrderSuggesting(String orderId, String contact, String phone) {
        workbench.db().write(c -> {
            Sql.update(c, "INSERT INTO orders (order_id, source, ordered_at, amount_cents, buyer_phone, buyer_nickname,"
                    + " imported_at) VALUES (?, 'shop.csv', ?, 19900, ?, '买家', ?)", orderId,
                    Instant.parse("2026-11-22T03:00:00Z"), phone, Instant.parse("2026-11-23T00:00:00Z"));
            Sql.update(c, "INSERT INTO order_match_suggestions (order_id, external_userid, reason, created_at)"
                    + " VALUES (?, ?, 'NICKNAME', 0)", orderId, contact);
        });
    }

    @Test
    void aGuideCannotMatchOrdersToAnotherRepsCustomerNorRunTheImportersWork() {
        unmatchedOrderSuggesting("o-own", OWN_CONTACT, OWN_PHONE);
        unmatchedOrderSuggesting("o-colleague", COLLEAGUE_CONTACT, COLLEAGUE_PHONE);
        var orders = contacts.orderMatching();
        assertThat(orders.unmatched(GUIDE, 50)).extracting(o -> o.orderId()).containsExactly("o-own");
        assertThatThrownBy(() -> orders.confirm(GUIDE, "o-colleague", COLLEAGUE_CONTACT))
                .isInstanceOf(ContactEditException.class);
        assertThatThrownBy(() -> orders.reject(GUIDE, "o-colleague", COLLEAGUE_CONTACT))
                .isInstanceOf(ContactEditException.class);
        assertThatThrownBy(() -> orders.addOrderRef(GUIDE, COLLEAGUE_CONTACT, "o-colleague"))
                .isInstanceOf(ContactEditException.class);
        denied(() -> orders.rematch(GUIDE));
        denied(() -> orders.addOrderRef(LEAD, OWN_CONTACT, "o-own"));
        long matched = count("SELECT COUNT(*) FROM orders WHERE external_userid IS NOT NULL");
        long suggestions = count("SELECT COUNT(*) FROM order_match_suggestions");
        assertThat(matched).isZero();
        assertThat(suggestions).isEqualTo(2);
        orders.confirm(GUIDE, "o-own", OWN_CONTACT);
        assertThat(count("SELECT COUNT(*) FROM orders WHERE external_userid = ?", OWN_CONTACT)).isEqualTo(1);
    }

    @Test
    void aLeadReadsTheTeamsCustomersButEditsNoneAndSeesNoOtherStore() {
        assertThat(listed(LEAD, "")).containsExactlyInAnyOrder(OWN_CONTACT, COLLEAGUE_CONTACT);
        assertThat(listed(LEAD, "郑女士")).isEmpty();
        assertThat(listed(FAR_LEAD, "")).containsExactly(FAR_CONTACT);
        assertThat(contacts.service().profile(LEAD, COLLEAGUE_CONTACT).editableFollow()).isEmpty();
        assertThatThrownBy(() -> contacts.service().profile(LEAD, FAR_CONTACT))
                .isInstanceOf(ContactEditException.class);

        denied(() -> contacts.edits().setTags(LEAD, OWN_CONTACT, List.of("t-deal")));
        denied(() -> contacts.edits().editRemark(LEAD, OWN_CONTACT, "店长改的", ""));
        denied(() -> contacts.edits().addNote(LEAD, COLLEAGUE_CONTACT, "店长记一笔"));
        denied(() -> workbench.queue().replies().replied(LEAD, OWN_CONTACT, null));
        assertThat(count("SELECT COUNT(*) FROM follow_tags") + count("SELECT COUNT(*) FROM contact_notes")
                + count("SELECT COUNT(*) FROM outbox")).isZero();
    }

    // --- queue ---------------------------------------------------------------------------------------------------

    @Test
    void aGuideCannotWorkAnotherMembersTasks() {
        String colleagues = RolesFixture.taskOf(workbench, GUIDE_2);
        String own = RolesFixture.taskOf(workbench, GUIDE);
        var actions = workbench.queue().actions();
        for (Actor who : List.of(GUIDE, FAR_GUIDE, LEAD, REVIEWER, ADMIN)) {
            denied(() -> actions.done(who, colleagues));
            denied(() -> actions.send(who, colleagues));
            denied(() -> actions.copied(who, colleagues));
            denied(() -> actions.skip(who, colleagues, "不想做"));
            denied(() -> actions.snooze(who, colleagues, Instant.parse("2026-11-23T08:00:00Z")));
        }
        long open = count("SELECT COUNT(*) FROM tasks WHERE id = ? AND status = 'OPEN'", colleagues);
        assertThat(open).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM outbox")).isZero();
        for (Actor who : List.of(LEAD, REVIEWER, ADMIN)) {
            denied(() -> workbench.queue().days().openToday(who));
        }
        actions.done(GUIDE, own);
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE id = ? AND status = 'DONE'", own)).isEqualTo(1);
    }

    // --- rules, roles, settings ----------------------------------------------------------------------------------

    @Test
    void onlyAdminsAndLeadsEditSopRules() {
        SopRule rule = workbench.queue().rules().find(GUIDE, GREETING_RULE).orElseThrow();
        for (Actor who : List.of(GUIDE, GUIDE_2, REVIEWER, REVIEWER2)) {
            denied(() -> workbench.queue().rules().save(who, rule.withEnabled(false)));
            denied(() -> workbench.queue().rules().setEnabled(who, GREETING_RULE, false));
        }
        assertThat(workbench.queue().rules().find(ADMIN, GREETING_RULE).orElseThrow().enabled()).isTrue();
        assertThat(workbench.queue().rules().setEnabled(LEAD, GREETING_RULE, false).enabled()).isFalse();
        assertThat(workbench.queue().rules().setEnabled(FAR_LEAD, GREETING_RULE, true).enabled()).isTrue();
        assertThat(workbench.queue().rules().setEnabled(ADMIN2, GREETING_RULE, false).revision())
                .isEqualTo(rule.revision() + 3);
    }

    @Test
    void onlyAdminsChangeRolesAndTheWeComConnection() {
        ConnectionForm form = new ConnectionForm(WeComConnection.Mode.REMOTE, "https://qyapi.weixin.qq.com",
                "ww-stolen", "secret-of-the-thief", "", 15);
        for (Actor who : List.of(GUIDE, LEAD, FAR_LEAD, REVIEWER)) {
            denied(() -> workbench.roleAdministration().setRoles(who, who.userid(), Set.of(Role.ADMIN)));
            denied(() -> workbench.roleAdministration().list(who));
            denied(() -> workbench.settingsAdministration().save(who, form));
            denied(() -> workbench.settingsAdministration().current(who));
        }
        assertThat(workbench.roles().rolesOf(LEAD.userid())).containsExactly(Role.LEAD);
        assertThat(workbench.settings().wecom().mode()).isEqualTo(WeComConnection.Mode.EMBEDDED_SANDBOX);
        assertThat(count("SELECT COUNT(*) FROM activity_log WHERE action IN (?, ?)", Actions.ROLES_CHANGED,
                Actions.SETTINGS_CHANGED)).isZero();

        workbench.roleAdministration().setRoles(ADMIN2, LEAD.userid(), Set.of(Role.LEAD, Role.REVIEWER));
        workbench.settingsAdministration().save(ADMIN, form);
        assertThat(workbench.roles().rolesOf(LEAD.userid())).containsExactlyInAnyOrder(Role.LEAD, Role.REVIEWER);
        assertThat(workbench.settings().wecom().corpId()).isEqualTo("ww-stolen");
    }

    @Test
    void aGuideSeesAndResolvesOnlyTheirOwnParkedChangesAndAnAdminAllOfThem() {
        contacts.edits().setTags(GUIDE, OWN_CONTACT, List.of("t-deal"));
        contacts.edits().setTags(GUIDE_2, COLLEAGUE_CONTACT, List.of("t-new"));
        workbench.db().write(c -> Sql.update(c, "UPDATE outbox SET status = 'PARKED', last_error = '标签已删除'"));
        var sync = workbench.syncAdministration();
        assertThat(sync.parked(GUIDE)).extracting(p -> p.createdBy()).containsExactly(GUIDE.userid());
        assertThat(sync.parked(LEAD)).isEmpty();
        assertThat(sync.parked(ADMIN2)).extracting(p -> p.createdBy())
                .containsExactlyInAnyOrder(GUIDE.userid(), GUIDE_2.userid());
        long colleagues = sync.parked(GUIDE_2).get(0).id();
        denied(() -> sync.discard(GUIDE, colleagues));
        denied(() -> sync.retry(LEAD, colleagues));
        assertThat(sync.retry(GUIDE_2, colleagues)).isTrue();
    }

    // --- the activity log ----------------------------------------------------------------------------------------

    @Test
    void nobodyCanEditOrDeleteTheLogAndARawEditIsCaughtByAuditVerify() throws Exception {
        for (Actor who : EVERYONE) {
            workbench.activityLog().append(ActivityEvent.of(who.userid(), Actions.TASK_DONE).withTask("t-" + who.userid()));
        }
        assertThatThrownBy(() -> workbench.db().write(c -> Sql.update(c,
                "UPDATE activity_log SET member_userid = ? WHERE member_userid = ?", LEAD.userid(), GUIDE.userid())))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> workbench.db().write(c -> Sql.update(c, "DELETE FROM activity_log")))
                .isInstanceOf(StoreException.class);
        assertThat(verify()).startsWith("{\"ok\":true");
        long entries = count("SELECT COUNT(*) FROM activity_log");
        long guideEntry = count("SELECT seq FROM activity_log WHERE task_id = ?", "t-" + GUIDE.userid());
        workbench.close();

        // someone with the file and a SQLite shell drops the guards and rewrites one entry
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + workbench.paths().database());
             Statement s = raw.createStatement()) {
            s.execute("DROP TRIGGER activity_log_no_update");
            s.executeUpdate("UPDATE activity_log SET member_userid = 'wangdz' WHERE seq = " + guideEntry);
        }
        String report = verify();
        assertThat(report).startsWith("{\"ok\":false,\"firstBrokenSeq\":" + guideEntry + ",");
        assertThat(entries).isGreaterThan(guideEntry);
    }

    private String verify() {
        StringWriter out = new StringWriter();
        new CommandLine(new RootCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute("audit", "verify", "--db", workbench.paths().database().toString());
        return out.toString().strip();
    }
}
