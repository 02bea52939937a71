package com.siyu.workbench.queue;

import static com.siyu.workbench.queue.QueueData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.siyu.workbench.queue.generate.GenerationResult;
import com.siyu.workbench.queue.rules.ActionType;
import com.siyu.workbench.queue.rules.RuleAction;
import com.siyu.workbench.queue.rules.Section;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.queue.rules.Trigger;
import com.siyu.workbench.queue.rules.TriggerType;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerationTest extends QueueTestBase {

    @Test
    void aNewContactAlwaysGetsAGreetTaskTheSameDayEvenWithoutRules() {
        data.contact("wmA", "李女士", GUIDE, at("2026-11-23T07:50"));

        generate(DAY);

        assertThat(tasks()).extracting(TaskRow::contact, TaskRow::kind, TaskRow::section, TaskRow::due,
                TaskRow::status, TaskRow::reasonCode)
                .containsExactly(tuple("wmA", "GREET", "NEW", DAY, "OPEN", "NEW_CONTACT"));
    }

    @Test
    void aContactAddedAt2330ShanghaiTimeBelongsToThatDayNotTheUtcOne() {
        // 23:30 Shanghai is 15:30 UTC the same date; 00:30 Shanghai on the 24th is still the 23rd in UTC.
        data.contact("late", "晚上加的", GUIDE, at("2026-11-23T23:30"))
                .contact("afterMidnight", "凌晨加的", GUIDE, at("2026-11-24T00:30"));
        clock.set(at("2026-11-23T23:45"));

        generate(DAY);
        clock.set(at("2026-11-24T08:00"));
        generate(DAY.plusDays(1));

        assertThat(tasksOf("late")).extracting(TaskRow::due).containsExactly(DAY);
        assertThat(tasksOf("afterMidnight")).extracting(TaskRow::due).containsExactly(DAY.plusDays(1));
    }

    @Test
    void generatingTwiceYieldsExactlyTheSameTasks() {
        data.script("script-new-customer", "新客剧本", 0, "{客户称呼}您好", 1, "第二天", 3, "第三天");
        rule("r-new", Trigger.of(TriggerType.CONTACT_ADDED), RuleAction.script("script-new-customer", Section.NEW));
        data.contact("wmA", "李女士", GUIDE, at("2026-11-23T07:00"))
                .contact("wmB", "王先生", GUIDE, at("2026-11-21T10:00"));

        GenerationResult first = generate(DAY);
        List<TaskRow> once = tasks();
        GenerationResult second = generate(DAY);

        assertThat(first.inserted()).isPositive();
        assertThat(second.inserted()).isZero();
        assertThat(tasks()).isEqualTo(once);
    }

    @Test
    void aScriptRunsOnItsDayOffsetsAndItsFirstStepIsTheGreet() {
        data.script("script-new-customer", "新客剧本", 0, "您好", 1, "第二天", 3, "第四天", 7, "第八天");
        rule("r-new", Trigger.of(TriggerType.CONTACT_ADDED), RuleAction.script("script-new-customer", Section.NEW));
        data.contact("wmA", "李女士", GUIDE, at("2026-11-23T09:10"));

        for (int d = 0; d <= 8; d++) {
            morning(DAY.plusDays(d));
        }

        assertThat(tasksOf("wmA")).extracting(TaskRow::kind, TaskRow::step, TaskRow::due)
                .containsExactly(tuple("SCRIPT_STEP", 1, DAY), tuple("SCRIPT_STEP", 2, DAY.plusDays(1)),
                        tuple("SCRIPT_STEP", 3, DAY.plusDays(3)), tuple("SCRIPT_STEP", 4, DAY.plusDays(7)));
        assertThat(tasksOf("wmA").get(0).reasonJson()).contains("\"greet\":true");
    }

    @Test
    void daysTheAppWasClosedAreCaughtUpAsOverdueTasks() {
        data.script("script-new-customer", "新客剧本", 0, "您好", 1, "第二天", 2, "第三天");
        rule("r-new", Trigger.of(TriggerType.CONTACT_ADDED), RuleAction.script("script-new-customer", Section.NEW));
        data.contact("wmA", "李女士", GUIDE, at("2026-11-23T09:10"));
        morning(DAY);

        morning(DAY.plusDays(3));

        assertThat(tasksOf("wmA")).extracting(TaskRow::step, TaskRow::due, TaskRow::status)
                .containsExactly(tuple(1, DAY, "OPEN"), tuple(2, DAY.plusDays(1), "OPEN"),
                        tuple(3, DAY.plusDays(2), "OPEN"));
    }

    @Test
    void aContactSyncedAfterTheLastGenerationOfItsDayStillGetsAGreet() {
        morning(DAY);
        // Added on the 23rd at 19:00 while the app was closed; the sync on the 24th brings it in.
        data.contact("wmLate", "晚到的", GUIDE, at("2026-11-23T19:00"));

        morning(DAY.plusDays(1));

        assertThat(tasksOf("wmLate")).extracting(TaskRow::kind, TaskRow::due).containsExactly(tuple("GREET", DAY));
    }

    @Test
    void aContactTheGuideAlreadyTalkedToNeedsNoSeparateGreet() {
        data.contact("wmA", "李女士", GUIDE, at("2026-11-23T07:00"))
                .touch("wmA", GUIDE, "SENT", at("2026-11-23T07:05"));

        generate(DAY);

        assertThat(tasks()).isEmpty();
    }

    @Test
    void aSendWhoseContentIsNotApprovedBecomesAReminderThatSaysSo() {
        data.draft("script-repurchase", "SCRIPT");
        rule("r-rep", Trigger.days(TriggerType.DAYS_SINCE_ADDED, 10),
                RuleAction.script("script-repurchase", Section.REPURCHASE));
        data.contact("wmA", "李女士", GUIDE, at("2026-11-13T10:00"));

        generate(DAY);

        TaskRow task = tasksOf("wmA").get(0);
        assertThat(task.kind()).isEqualTo("REMINDER");
        assertThat(task.contentVersion()).isNull();
        assertThat(task.reasonJson()).contains("\"contentMissing\":\"script-repurchase\"");
    }

    @Test
    void aNewRuleDoesNotBackfillDaysBeforeItExisted() {
        data.contact("wmA", "李女士", GUIDE, at("2026-11-01T10:00"));
        morning(DAY.minusDays(4));
        clock.set(at("2026-11-23T08:00"));
        rule("r-call", Trigger.days(TriggerType.DAYS_SINCE_ADDED, 20),
                RuleAction.remind(ActionType.CALL, "回访", Section.FOLLOW_UP));

        generate(DAY);

        // The 20th day after adding was the 21st; the rule only exists since today.
        assertThat(tasksOf("wmA")).isEmpty();
    }

    @Test
    void editingARuleRegeneratesOnlyItsUntouchedTasks() {
        data.script("s1", "剧本一", 0, "一").script("s2", "剧本二", 0, "二");
        SopRule edited = rule("r-edit", Trigger.days(TriggerType.DAYS_SINCE_ADDED, 5),
                RuleAction.script("s1", Section.FOLLOW_UP));
        rule("r-keep", Trigger.days(TriggerType.DAYS_SINCE_ADDED, 5),
                RuleAction.remind(ActionType.CALL, "打电话", Section.FOLLOW_UP));
        data.contact("wmA", "甲", GUIDE, at("2026-11-18T10:00")).contact("wmB", "乙", GUIDE, at("2026-11-18T11:00"));
        generate(DAY);
        TaskRow worked = tasks().stream().filter(t -> t.contact().equals("wmA") && "r-edit".equals(t.rule()))
                .findFirst().orElseThrow();
        workbench.db().write(c -> com.siyu.workbench.store.Sql.update(c,
                "UPDATE tasks SET status = 'DONE' WHERE id = ?", worked.id()));
        List<TaskRow> keptBefore = tasks().stream().filter(t -> "r-keep".equals(t.rule())).toList();

        rule(edited.withAction(RuleAction.script("s2", Section.FOLLOW_UP)));
        generate(DAY);

        List<TaskRow> after = tasks();
        assertThat(after.stream().filter(t -> "r-keep".equals(t.rule())).toList()).isEqualTo(keptBefore);
        assertThat(after).filteredOn(t -> "r-edit".equals(t.rule()))
                .extracting(TaskRow::contact, TaskRow::contentId, TaskRow::revision, TaskRow::status)
                .containsExactlyInAnyOrder(tuple("wmA", "s1", 1, "DONE"), tuple("wmB", "s2", 2, "OPEN"));
    }

    @Test
    void disablingARuleRemovesItsUntouchedTasks() {
        SopRule call = rule("r-call", Trigger.days(TriggerType.DAYS_SINCE_ADDED, 5),
                RuleAction.remind(ActionType.CALL, "打电话", Section.FOLLOW_UP));
        data.contact("wmA", "甲", GUIDE, at("2026-11-18T10:00"));
        generate(DAY);
        assertThat(tasks()).hasSize(1);

        queue.rules().setEnabled(ADMIN, call.id(), false);
        generate(DAY);

        assertThat(tasks()).isEmpty();
    }
}
