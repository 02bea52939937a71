package com.siyu.workbench.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactProfileViewModelTest {
    @TempDir
    Path dir;
    Workbench workbench;
    ContactProfileViewModel model;
    final AtomicInteger edited = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir);
        new ContactsFixture(workbench.db()).standard(TestWorkbench.GUIDE, TestWorkbench.MORNING);
        model = new ContactProfileViewModel(workbench.contacts().service(), workbench.contacts().edits(),
                workbench.contacts().orderMatching(), new CurrentThreadTaskExecutor(), () -> ContactQueryTest.GUIDE,
                Messages.load(Language.ZH_CN), workbench.clock());
        model.setOnEdited(edited::incrementAndGet);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void openingShowsTheProfileAndReadableTimeline() {
        model.open("wm-zhao");
        assertThat(model.profileProperty().get().name()).isEqualTo("赵丽颖粉丝");
        assertThat(model.timeline()).extracting(TimelineLine::label).containsExactly("流失", "添加好友");
        assertThat(model.timeline().get(0).when()).isEqualTo("2026-11-13 09:00");
    }

    @Test
    void aRefusedEditSaysWhyInChineseAndChangesNothing() {
        model.open("wm-li");
        model.saveRemark("这是一个超过二十个字的备注内容这是一个超过二十个字", "");
        assertThat(model.errorProperty().get()).isEqualTo("备注最多 20 个字，现在是 25 个字。");
        assertThat(edited).hasValue(0);
        assertThat(model.profileProperty().get().editableFollow().orElseThrow().remark()).isEqualTo("李姐·老客");
    }

    @Test
    void aSavedEditReloadsTheProfileWithThePendingMarkAndTellsTheList() {
        model.open("wm-li");
        model.saveTags(List.of("t-deal", "t-lipstick", "t-vip", "t-serum"));
        assertThat(model.noticeProperty().get()).isEqualTo("标签已保存，联网后同步到企业微信");
        assertThat(model.profileProperty().get().editableFollow().orElseThrow().pending().addedTags())
                .containsExactly("t-serum");
        assertThat(edited).hasValue(1);
        assertThat(model.timeline().get(0).label()).isEqualTo("修改标签");
        assertThat(model.timeline().get(0).text()).isEqualTo("+精华液");

        model.addNote("周六来店试色");
        assertThat(model.profileProperty().get().notes()).extracting(NoteEntry::body).containsExactly("周六来店试色");
        long outbox = workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM outbox"));
        assertThat(outbox).isEqualTo(1);
    }

    @Test
    void anotherRepsCustomerDoesNotOpen() {
        model.open("wm-other");
        assertThat(model.profileProperty().get()).isNull();
        assertThat(model.errorProperty().get()).isEqualTo("这位客户不在你的客户范围内，无法查看。");
    }
}
