package com.siyu.workbench.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.store.StoreException;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactEditServiceTest {
    @TempDir
    Path dir;
    Workbench workbench;
    ContactsModule contacts;
    final AtomicInteger outboxNotices = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir);
        new ContactsFixture(workbench.db()).standard(TestWorkbench.GUIDE, TestWorkbench.MORNING);
        contacts = new ContactsModule(workbench.db(), workbench.clock(), workbench.members(), workbench.activityLog(),
                workbench.outbox(), outboxNotices::incrementAndGet);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private List<String> tagsOf(String externalUserid) {
        return workbench.db().read(c -> Sql.query(c, "SELECT tag_id FROM follow_tags WHERE external_userid = ?"
                + " AND userid = ? ORDER BY tag_id", rs -> rs.getString(1), externalUserid, TestWorkbench.GUIDE));
    }

    private List<String[]> outbox() {
        return workbench.db().read(c -> Sql.query(c, "SELECT kind, ordering_key, payload_json, idempotency_key"
                + " FROM outbox ORDER BY id", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)}));
    }

    private long logCount(String action) {
        return workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM activity_log WHERE action = ?",
                action));
    }

    @Test
    void settingTagsChangesLocalTagsAndQueuesTheExactMarkTagBody() throws Exception {
        var change = contacts.edits().setTags(ContactQueryTest.GUIDE, "wm-wang", List.of("t-deal", "t-serum", "t-vip"));

        assertThat(change.added()).containsExactly("t-deal", "t-vip");
        assertThat(change.removed()).containsExactly("t-intent");
        assertThat(tagsOf("wm-wang")).containsExactly("t-deal", "t-serum", "t-vip");
        List<String[]> items = outbox();
        assertThat(items).hasSize(1);
        assertThat(items.get(0)[0]).isEqualTo("MARK_TAG");
        assertThat(items.get(0)[1]).isEqualTo("wm-wang");
        JsonNode body = Json.newMapper().readTree(items.get(0)[2]);
        assertThat(body.toString()).isEqualTo("{\"userid\":\"zhangxw\",\"external_userid\":\"wm-wang\","
                + "\"add_tag\":[\"t-deal\",\"t-vip\"],\"remove_tag\":[\"t-intent\"]}");
        assertThat(logCount(Actions.CONTACT_TAGS)).isEqualTo(1);
        assertThat(outboxNotices).hasValue(1);
    }

    @Test
    void repeatingTheSameEditQueuesNothingMore() {
        contacts.edits().setTags(ContactQueryTest.GUIDE, "wm-wang", List.of("t-serum"));
        var again = contacts.edits().setTags(ContactQueryTest.GUIDE, "wm-wang", List.of("t-serum"));
        assertThat(again.isEmpty()).isTrue();
        assertThat(outbox()).hasSize(1);
        assertThat(logCount(Actions.CONTACT_TAGS)).isEqualTo(1);
    }

    @Test
    void addingThenRemovingAndAddingAgainQueuesThreeDistinctEffects() {
        contacts.edits().setTags(ContactQueryTest.GUIDE, "wm-wang", List.of("t-intent", "t-serum", "t-vip"));
        contacts.edits().setTags(ContactQueryTest.GUIDE, "wm-wang", List.of("t-intent", "t-serum"));
        contacts.edits().setTags(ContactQueryTest.GUIDE, "wm-wang", List.of("t-intent", "t-serum", "t-vip"));
        assertThat(outbox()).extracting(i -> i[2]).containsExactly(
                "{\"userid\":\"zhangxw\",\"external_userid\":\"wm-wang\",\"add_tag\":[\"t-vip\"],\"remove_tag\":[]}",
                "{\"userid\":\"zhangxw\",\"external_userid\":\"wm-wang\",\"add_tag\":[],\"remove_tag\":[\"t-vip\"]}",
                "{\"userid\":\"zhangxw\",\"external_userid\":\"wm-wang\",\"add_tag\":[\"t-vip\"],\"remove_tag\":[]}");
    }

    @Test
    void aFailedOutboxWriteLeavesTagsAndLogAsTheyWere() {
        workbench.db().write(c -> Sql.update(c, "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox"
                + " BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        assertThatThrownBy(() -> contacts.edits().setTags(ContactQueryTest.GUIDE, "wm-wang", List.of("t-vip")))
                .isInstanceOf(StoreException.class);
        assertThat(tagsOf("wm-wang")).containsExactly("t-intent", "t-serum");
        assertThat(logCount(Actions.CONTACT_TAGS)).isZero();
        assertThat(outboxNotices).hasValue(0);
    }

    @Test
    void aGuideCannotEditAnotherRepsCustomerAndALeadEditsNothing() {
        assertThatThrownBy(() -> contacts.edits().setTags(ContactQueryTest.GUIDE, "wm-other", List.of("t-vip")))
                .isInstanceOf(ContactEditException.class)
                .extracting(e -> ((ContactEditException) e).messageKey()).isEqualTo("contacts.error.notYourContact");
        assertThatThrownBy(() -> contacts.edits().addNote(ContactQueryTest.LEAD, "wm-li", "看看"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.edits().editRemark(ContactQueryTest.LEAD, "wm-li", "x", ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(outbox()).isEmpty();
    }

    @Test
    void aLostCustomersTagsAndRemarkCannotChange() {
        assertThatThrownBy(() -> contacts.edits().setTags(ContactQueryTest.GUIDE, "wm-zhao", List.of("t-vip")))
                .extracting(e -> ((ContactEditException) e).messageKey()).isEqualTo("contacts.error.lost");
    }

    @Test
    void remarkLimitsAreWeComsAndTheMessageSaysSoInChinese() {
        Messages zh = Messages.load(Language.ZH_CN);
        String remark21 = "一二三四五六七八九十一二三四五六七八九十一";
        ContactEditException tooLong = catchEdit(() -> contacts.edits().editRemark(ContactQueryTest.GUIDE, "wm-li",
                remark21, ""));
        assertThat(zh.get(tooLong.messageKey(), tooLong.args())).isEqualTo("备注最多 20 个字，现在是 21 个字。");
        ContactEditException description = catchEdit(() -> contacts.edits().editRemark(ContactQueryTest.GUIDE,
                "wm-li", "李姐", "好".repeat(151)));
        assertThat(zh.get(description.messageKey(), description.args())).isEqualTo("描述最多 150 个字，现在是 151 个字。");
        ContactEditException empty = catchEdit(() -> contacts.edits().editRemark(ContactQueryTest.GUIDE, "wm-li",
                " ", ""));
        assertThat(zh.get(empty.messageKey())).contains("不能同时为空");
        // twenty characters including an emoji (one code point) is allowed
        assertThat(contacts.edits().editRemark(ContactQueryTest.GUIDE, "wm-li", "一二三四五六七八九十一二三四五六七八九😀",
                "好".repeat(150))).isTrue();
        assertThat(outbox()).hasSize(1);
    }

    @Test
    void aRemarkEditIsLocalAtOnceAndQueuedAsTheRemarkCall() {
        assertThat(contacts.edits().editRemark(ContactQueryTest.GUIDE, "wm-wang", "王先生", "想买精华液")).isTrue();
        String remark = workbench.db().read(c -> Sql.queryOne(c, "SELECT remark FROM follows WHERE external_userid ="
                + " 'wm-wang' AND userid = 'zhangxw'", rs -> rs.getString(1)).orElseThrow());
        assertThat(remark).isEqualTo("王先生");
        assertThat(outbox()).extracting(i -> i[0] + " " + i[2]).containsExactly("REMARK {\"userid\":\"zhangxw\","
                + "\"external_userid\":\"wm-wang\",\"remark\":\"王先生\",\"description\":\"想买精华液\"}");
        assertThat(logCount(Actions.CONTACT_REMARK)).isEqualTo(1);
        assertThat(contacts.edits().editRemark(ContactQueryTest.GUIDE, "wm-wang", "王先生", "想买精华液")).isFalse();
        assertThat(outbox()).hasSize(1);
        assertThat(contacts.query().matching(ContactFilter.text("王先生"), TestWorkbench.GUIDE))
                .containsExactly("wm-wang");
    }

    @Test
    void notesAreLocalCountAsATouchAndAreSearchable() {
        NoteEntry note = contacts.edits().addNote(ContactQueryTest.GUIDE, "wm-zhao", "电话回访，说下个月再来看看");
        assertThat(note.id()).isPositive();
        assertThat(outbox()).isEmpty();
        assertThat(logCount(Actions.CONTACT_NOTE)).isEqualTo(1);
        long touches = workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM contact_touches"
                + " WHERE external_userid = 'wm-zhao' AND kind = 'NOTE'"));
        assertThat(touches).isEqualTo(1);
        assertThat(contacts.query().matching(ContactFilter.text("下个月再来"), TestWorkbench.GUIDE))
                .containsExactly("wm-zhao");
        assertThat(catchEdit(() -> contacts.edits().addNote(ContactQueryTest.GUIDE, "wm-zhao", "  ")).messageKey())
                .isEqualTo("contacts.error.noteEmpty");
    }

    private static ContactEditException catchEdit(Runnable action) {
        try {
            action.run();
        } catch (ContactEditException e) {
            return e;
        }
        throw new AssertionError("expected a ContactEditException");
    }
}
