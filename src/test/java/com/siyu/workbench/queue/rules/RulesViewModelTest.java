package com.siyu.workbench.queue.rules;

import static com.siyu.workbench.queue.QueueData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.queue.MutableClock;
import com.siyu.workbench.queue.QueueData;
import com.siyu.workbench.queue.QueueDemo;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule editor without a scene: who may edit, field problems, saving (logged, revised), preview. */
class RulesViewModelTest {
    static final Actor LEAD = new Actor(TestWorkbench.LEAD, "王店长", Set.of(Role.LEAD));
    static final Actor GUIDE = new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE));
    static final Actor REVIEWER = new Actor(TestWorkbench.REVIEWER, "刘燕", Set.of(Role.REVIEWER));

    @TempDir
    Path dir;
    Workbench workbench;
    Actor actor = LEAD;
    RulesViewModel vm;

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir, new MutableClock(at("2026-11-23T10:00"), QueueData.SHANGHAI));
        QueueDemo.catalogue(workbench.db());
        QueueDemo.customers(workbench.db(), TestWorkbench.GUIDE, 200, at("2026-11-23T09:50"), 3);
        vm = new RulesViewModel(workbench.queue(), workbench.queue().ruleChoices(), () -> actor,
                new CurrentThreadTaskExecutor(), ScriptedDialogs.failingOnError(), Messages.load(Language.ZH_CN));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void aLeadSeesTheDefaultRulesAndMayEdit() {
        vm.load();

        assertThat(vm.editableProperty().get()).isTrue();
        assertThat(vm.rules()).extracting(SopRule::id).contains(DefaultRules.NEW_CUSTOMER, DefaultRules.WIN_BACK);
        assertThat(vm.choicesProperty().get().stages()).extracting(Choice::label).contains("高意向");
    }

    @Test
    void theContactFiltersMembersSavedAreOfferedAsAudiencesByNameAndOwner() {
        long id = workbench.contacts().savedFilters().save(TestWorkbench.GUIDE, "高意向未成交",
                com.siyu.workbench.contacts.ContactFilter.text("精华")).id();

        vm.load();

        assertThat(vm.choicesProperty().get().savedFilters())
                .containsExactly(new Choice(String.valueOf(id), "高意向未成交 · 张晓雯"));
    }

    @Test
    void aGuideReadsButCannotSaveEvenWithoutTheButton() {
        actor = GUIDE;
        vm.load();
        assertThat(vm.editableProperty().get()).isFalse();

        vm.form().name.set("改个名字");
        vm.save();

        assertThat(vm.problemsProperty().get()).isEqualTo("只有管理员和店长可以修改规则。");
        assertThatThrownBy(() -> workbench.queue().rules().save(GUIDE, vm.selectedProperty().get()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workbench.queue().rules().list(REVIEWER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void problemsNameTheFieldsAndNothingIsSaved() {
        vm.load();
        vm.newRule();
        vm.form().action.set(ActionType.SCRIPT);
        vm.form().window.set(WindowPreset.CUSTOM);
        vm.form().windowStart.set("25:00");

        vm.save();
        assertThat(vm.problemsProperty().get()).contains("HH:MM");

        vm.form().window.set(WindowPreset.NOON);
        vm.form().trigger.set(TriggerType.CONTACT_LOST);
        vm.save();

        assertThat(vm.problemsProperty().get()).contains("请填写规则名称", "发送类动作需要选择内容", "流失客户不能再发送消息");
        long rules = workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM sop_rules"));
        assertThat(rules).isEqualTo(DefaultRules.all(java.time.Instant.EPOCH).size());
    }

    @Test
    void savingAnEditRaisesTheRevisionAndIsLogged() {
        vm.load();
        vm.select(vm.rules().stream().filter(r -> r.id().equals(DefaultRules.WIN_BACK)).findFirst().orElseThrow());
        vm.form().maxPerDay.set("5");
        vm.form().stages.setAll(List.of("意向", "高意向"));

        vm.save();

        SopRule saved = workbench.queue().rules().find(LEAD, DefaultRules.WIN_BACK).orElseThrow();
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.cap().maxPerDay()).isEqualTo(5);
        assertThat(saved.audience().stages()).containsExactly("意向", "高意向");
        assertThat(saved.updatedBy()).isEqualTo(TestWorkbench.LEAD);
        List<String> log = workbench.db().read(c -> Sql.query(c, "SELECT member_userid || ' ' || details_json"
                + " FROM activity_log WHERE action = 'rule.edited'", rs -> rs.getString(1)));
        assertThat(log).singleElement().asString().startsWith(TestWorkbench.LEAD).contains("\"revision\":2");
        assertThat(vm.noticeProperty().get()).contains("第 2 版");
    }

    @Test
    void thePreviewCountsWhatTheFormWouldGenerateTodayForAMember() {
        vm.load();
        vm.newRule();
        vm.form().name.set("全部客户电话");
        vm.form().trigger.set(TriggerType.DAYS_SINCE_ADDED);
        vm.form().days.set(0);
        vm.form().action.set(ActionType.CALL);
        vm.previewMemberProperty().set(new Choice(TestWorkbench.GUIDE, "张晓雯"));

        vm.refreshPreview();

        long addedToday = workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM follows WHERE userid = ?"
                + " AND status = 'ACTIVE' AND added_at >= ?", TestWorkbench.GUIDE, at("2026-11-23T00:00")));
        assertThat(addedToday).isGreaterThanOrEqualTo(6);
        assertThat(vm.previewProperty().get()).isEqualTo("今天将为 张晓雯 生成 " + addedToday + " 条任务");
        long tasksWritten = workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM tasks"));
        assertThat(tasksWritten).isZero();
    }
}
