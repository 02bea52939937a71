package com.siyu.workbench.queue.today;

import static com.siyu.workbench.queue.QueueData.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.contacts.ContactProfileViewModel;
import com.siyu.workbench.contacts.TimelineEntry;
import com.siyu.workbench.contacts.TimelineLine;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.queue.MutableClock;
import com.siyu.workbench.queue.QueueData;
import com.siyu.workbench.queue.QueueDemo;
import com.siyu.workbench.queue.TaskCard;
import com.siyu.workbench.queue.TaskStatus;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk-through's view model without a scene: sections, focus, enabled commands, required reasons. */
class TodayViewModelTest {
    @TempDir
    Path dir;
    Workbench workbench;
    TodayViewModel vm;
    MutableClock clock;
    final ScriptedDialogs dialogs = ScriptedDialogs.recording();
    final List<String> clipboard = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        clock = new MutableClock(at("2026-11-23T10:00"), QueueData.SHANGHAI);
        workbench = TestWorkbench.open(dir, clock);
        QueueDemo.catalogue(workbench.db());
        new QueueData(workbench.db())
                .contact("new1", "新客一", "李姐", TestWorkbench.GUIDE, at("2026-11-23T09:00"), "store-xuhui")
                .contact("new2", "新客二", null, TestWorkbench.GUIDE, at("2026-11-23T09:30"), "live-1111")
                .contact("gone", "流失的", null, TestWorkbench.GUIDE, at("2026-10-01T09:30"), null)
                .lost("gone", TestWorkbench.GUIDE, at("2026-11-23T08:00"));
        Actor guide = new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE));
        vm = new TodayViewModel(workbench.queue(), () -> guide, new CurrentThreadTaskExecutor(), dialogs,
                Messages.load(Language.ZH_CN), clipboard::add);
        vm.load();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private List<String> headers() {
        return vm.rows().stream().filter(TodayRow::isHeader).map(r -> r.group() + " " + r.open() + "/" + r.total())
                .toList();
    }

    @Test
    void tasksAreGroupedBySectionWithCountsAndTheFirstOpenOneIsFocused() {
        assertThat(headers()).containsExactly("NEW 2/2", "WIN_BACK 1/1");
        assertThat(vm.progressTextProperty().get()).isEqualTo("0 / 3");
        assertThat(vm.focusedProperty().get().contactId()).isEqualTo("new1");
        assertThat(vm.cardProperty().get().reason()).isEqualTo("今天添加的新客户：先问候并打上标签 · 剧本第 1/4 步");
        assertThat(vm.cardProperty().get().message()).startsWith("李姐好，我是");
    }

    @Test
    void doneMovesToTheNextOpenTaskAndCountsTowardsTheProgress() {
        vm.execute(TodayAction.DONE);

        assertThat(vm.focusedProperty().get().contactId()).isEqualTo("new2");
        assertThat(vm.progressTextProperty().get()).isEqualTo("1 / 3");
        assertThat(headers()).startsWith("NEW 1/2");
    }

    @Test
    void aCallBackForALostContactCannotBeSentOnlyDoneOrSkipped() {
        vm.execute(TodayAction.NEXT);
        vm.execute(TodayAction.NEXT);

        assertThat(vm.focusedProperty().get().contactId()).isEqualTo("gone");
        assertThat(vm.enabledProperty(TodayAction.SEND).get()).isFalse();
        assertThat(vm.enabledProperty(TodayAction.DONE).get()).isTrue();
        assertThat(vm.cardProperty().get().state()).startsWith("已流失");
    }

    @Test
    void skippingWithoutAReasonDoesNothingButSaySo() {
        vm.execute(TodayAction.SKIP);
        assertThat(vm.panelProperty().get()).isEqualTo(TodayPanel.SKIP);

        vm.forms().confirmSkip("  ");

        assertThat(vm.noticeProperty().get()).isEqualTo("跳过需要填写原因。");
        assertThat(vm.focusedProperty().get().status()).isEqualTo(TaskStatus.OPEN);
        long skipped = workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM tasks WHERE status = 'SKIPPED'"));
        assertThat(skipped).isZero();
    }

    @Test
    void aNoteFromTheCardNamesItsTaskAndTheContactsTimelineSaysSo() {
        TaskCard task = vm.focusedProperty().get();
        vm.execute(TodayAction.NOTE);
        vm.forms().saveNote("喜欢保湿类，周末到店");
        assertThat(dialogs.errors()).isEmpty();

        List<String> noteTasks = workbench.db().read(c -> Sql.query(c, "SELECT task_id FROM contact_notes"
                + " WHERE external_userid = 'new1'", rs -> rs.getString(1)));
        assertThat(noteTasks).containsExactly(task.id());
        List<String> touchTasks = workbench.db().read(c -> Sql.query(c, "SELECT task_id FROM contact_touches"
                + " WHERE kind = 'NOTE'", rs -> rs.getString(1)));
        assertThat(touchTasks).containsExactly(task.id());
        List<String> logTasks = workbench.db().read(c -> Sql.query(c, "SELECT task_id FROM activity_log"
                + " WHERE action = 'contact.note'", rs -> rs.getString(1)));
        assertThat(logTasks).containsExactly(task.id());

        Actor guide = new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE));
        ContactProfileViewModel profile = new ContactProfileViewModel(workbench.contacts().service(),
                workbench.contacts().edits(), workbench.contacts().orderMatching(), new CurrentThreadTaskExecutor(),
                () -> guide, Messages.load(Language.ZH_CN), workbench.clock());
        profile.open("new1");
        profile.addNote("电话没接");
        assertThat(notes(profile)).containsExactly("电话没接", "喜欢保湿类，周末到店 · 来自任务：剧本消息");

        // regeneration may delete a task that is still open: the note keeps saying it came from a task card
        workbench.db().write(c -> Sql.update(c, "DELETE FROM tasks WHERE id = ?", task.id()));
        profile.open("new1");
        assertThat(notes(profile)).containsExactly("电话没接", "喜欢保湿类，周末到店 · 来自任务卡");
    }

    private static List<String> notes(ContactProfileViewModel profile) {
        return profile.timeline().stream().filter(l -> l.kind() == TimelineEntry.Kind.NOTE).map(TimelineLine::text)
                .toList();
    }

    @Test
    void copyPutsTheFilledTextOnTheClipboard() {
        String text = vm.cardProperty().get().message();

        vm.execute(TodayAction.COPY);

        assertThat(clipboard).containsExactly(text);
    }

    @Test
    void searchFiltersByNameRemarkOrTag() {
        vm.searchProperty().set("李姐");

        assertThat(vm.rows().stream().filter(r -> !r.isHeader()).map(r -> r.task().contactId()))
                .containsExactly("new1");
    }

    @Test
    void whenEverythingIsHandledTheSummaryOpens() {
        vm.execute(TodayAction.DONE);
        vm.execute(TodayAction.SEND);
        vm.execute(TodayAction.SKIP);
        vm.forms().confirmSkip("客户明确不需要");

        assertThat(dialogs.errors()).isEmpty();
        assertThat(vm.panelProperty().get()).isEqualTo(TodayPanel.SUMMARY);
        assertThat(vm.summaryProperty().get().done()).isEqualTo(1);
        assertThat(vm.summaryProperty().get().sent()).isEqualTo(1);
        assertThat(vm.summaryProperty().get().skipped()).isEqualTo(1);
        assertThat(vm.summaryProperty().get().customersTouched()).containsExactly("李姐", "新客二");
    }

    @Test
    void aNewDayIsGeneratedWhenTheScreenShowsAgain() {
        vm.execute(TodayAction.DONE);
        clock.set(at("2026-11-24T08:30"));

        vm.refreshIfStale();

        assertThat(vm.dateTextProperty().get()).isEqualTo("11月24日 周二");
        assertThat(headers()).contains("OVERDUE 2/2");
    }

    @Test
    void aMemberWithoutAQueueOpensNothingAndSeesNoError() {
        Actor lead = new Actor(TestWorkbench.LEAD, "王店长", Set.of(Role.LEAD));
        TodayViewModel leads = new TodayViewModel(workbench.queue(), () -> lead, new CurrentThreadTaskExecutor(),
                dialogs, Messages.load(Language.ZH_CN), clipboard::add);

        leads.load();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(leads.rows()).isEmpty();
    }
}
