package com.siyu.workbench.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.contacts.TimelineEntry.Kind;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactProfileTest {
    @TempDir
    Path dir;
    Workbench workbench;
    ContactsFixture fixture;
    ContactsModule contacts;

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir);
        fixture = new ContactsFixture(workbench.db()).standard(TestWorkbench.GUIDE, TestWorkbench.MORNING);
        // 李思雨 is also followed by a colleague in the same store
        fixture.follow("wm-li", ContactsFixture.OTHER_GUIDE, "思雨", "同事的备注", List.of("13812345678"),
                TestWorkbench.MORNING.minusSeconds(86400 * 60), "live-1126");
        contacts = new ContactsModule(workbench.db(), workbench.clock(), workbench.members(), workbench.activityLog(),
                workbench.outbox(), () -> { });
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void theProfileShowsWeComsDataForEveryFollowingMember() {
        ContactProfile li = contacts.service().profile(ContactQueryTest.GUIDE, "wm-li");
        assertThat(li.name()).isEqualTo("李思雨");
        assertThat(li.unionid()).isEqualTo("union-li");
        assertThat(li.follows()).extracting(FollowInfo::userid).containsExactly(ContactsFixture.OTHER_GUIDE,
                TestWorkbench.GUIDE);
        FollowInfo own = li.editableFollow().orElseThrow();
        assertThat(own.userid()).isEqualTo(TestWorkbench.GUIDE);
        assertThat(own.remark()).isEqualTo("李姐·老客");
        assertThat(own.phones()).containsExactly("13812345678");
        assertThat(own.channelName()).isEqualTo("徐汇店门口活码");
        assertThat(own.tags()).extracting(TagChip::name).containsExactly("已成交", "口红", "VIP会员");
        FollowInfo colleague = li.follows().get(0);
        assertThat(colleague.editable()).isFalse();
        assertThat(colleague.memberName()).isEqualTo("李四");
    }

    @Test
    void aLeadReadsTheTeamsCustomerWithMaskedPhonesAndEditsNothing() {
        ContactProfile li = contacts.service().profile(ContactQueryTest.LEAD, "wm-li");
        assertThat(li.follows()).allSatisfy(f -> {
            assertThat(f.editable()).isFalse();
            assertThat(f.phones()).containsExactly("138****5678");
        });
        assertThat(li.editableFollow()).isEmpty();
    }

    @Test
    void aGuideCannotReadAnotherRepsCustomer() {
        assertThatThrownBy(() -> contacts.service().profile(ContactQueryTest.GUIDE, "wm-other"))
                .isInstanceOf(ContactEditException.class)
                .extracting(e -> ((ContactEditException) e).messageKey()).isEqualTo("contacts.error.notVisible");
        assertThatThrownBy(() -> contacts.service().profile(ContactQueryTest.LEAD, "wm-far"))
                .isInstanceOf(ContactEditException.class);
    }

    @Test
    void tagEditsStayPendingUntilTheOutboxItemIsSent() {
        contacts.edits().setTags(ContactQueryTest.GUIDE, "wm-li", List.of("t-deal", "t-lipstick", "t-serum"));
        FollowInfo own = contacts.service().profile(ContactQueryTest.GUIDE, "wm-li").editableFollow().orElseThrow();
        assertThat(own.tags()).extracting(TagChip::tagId).containsExactly("t-deal", "t-lipstick", "t-serum");
        assertThat(own.pending().addedTags()).containsExactly("t-serum");
        assertThat(own.pending().removedTags()).containsExactly("t-vip");
        assertThat(own.pending().failed()).isFalse();

        workbench.db().write(c -> Sql.update(c, "UPDATE outbox SET status = 'SENT'"));
        own = contacts.service().profile(ContactQueryTest.GUIDE, "wm-li").editableFollow().orElseThrow();
        assertThat(own.pending().any()).isFalse();
    }

    @Test
    void theTimelineMergesFollowNotesTagEditsTasksOrdersAndTheLostDate() {
        contacts.edits().addNote(ContactQueryTest.GUIDE, "wm-zhao", "说下个月再来");
        workbench.db().write(c -> {
            Sql.update(c, "INSERT INTO tasks (id, member_userid, external_userid, kind, section, due_date, reason_code,"
                    + " created_at) VALUES ('t1', 'zhangxw', 'wm-zhao', 'REMINDER', 'WIN_BACK', '2026-11-24',"
                    + " 'LOST_WIN_BACK', 0)");
            Sql.update(c, "INSERT INTO orders (order_id, ordered_at, amount_cents, items, external_userid,"
                    + " match_method, credited_userid, imported_at) VALUES ('A1', ?, 129900, '口红套装', 'wm-zhao',"
                    + " 'PHONE', 'zhangxw', 0)", TestWorkbench.MORNING.minusSeconds(86400 * 20));
        });
        ContactProfile zhao = contacts.service().profile(ContactQueryTest.GUIDE, "wm-zhao");
        assertThat(zhao.timeline()).extracting(TimelineEntry::kind)
                .containsExactly(Kind.TASK, Kind.NOTE, Kind.LOST, Kind.ORDER, Kind.ADDED);
        assertThat(zhao.timeline().get(3).summary()).isEqualTo("A1 · ¥1,299.00 · 口红套装");
        assertThat(zhao.lostAt()).isEqualTo(TestWorkbench.MORNING.minusSeconds(86400 * 10));
        assertThat(zhao.orderCount()).isEqualTo(1);
        assertThat(zhao.orderTotalCents()).isEqualTo(129900);

        contacts.edits().setTags(ContactQueryTest.GUIDE, "wm-li", List.of("t-deal", "t-serum"));
        TimelineEntry tagEdit = contacts.service().profile(ContactQueryTest.GUIDE, "wm-li").timeline().get(0);
        assertThat(tagEdit.action()).isEqualTo("contact.tags");
        assertThat(tagEdit.summary()).isEqualTo("+精华液 −口红 −VIP会员");
    }
}
