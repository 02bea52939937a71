package com.siyu.workbench.queue;

import static com.siyu.workbench.queue.QueueData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.siyu.workbench.queue.rules.ActionType;
import com.siyu.workbench.queue.rules.Audience;
import com.siyu.workbench.queue.rules.RuleAction;
import com.siyu.workbench.queue.rules.RuleCap;
import com.siyu.workbench.queue.rules.Section;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.queue.rules.StopConditions;
import com.siyu.workbench.queue.rules.Timing;
import com.siyu.workbench.queue.rules.Trigger;
import com.siyu.workbench.queue.rules.TriggerType;
import com.siyu.workbench.store.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stop conditions end sequences with a reason; caps hold touches back to another day and say why. */
class StopAndCapTest extends QueueTestBase {
    @BeforeEach
    void script() {
        data.script("seq", "跟进剧本", 0, "一", 1, "二", 2, "三", 3, "四");
    }

    private void sequenceRule(StopConditions stop) {
        rule(new SopRule("seq-rule", "跟进", true, 50, Trigger.days(TriggerType.DAYS_SINCE_ADDED, 1),
                Audience.everyone(), RuleAction.script("seq", Section.FOLLOW_UP), Timing.NOON, stop, RuleCap.NONE,
                0, null, null));
    }

    /** Day 0: step 1; day 1: step 2 generated, then the event, then day 2 and 3. */
    private void runSequenceWithEventOnDay1(Runnable event) {
        data.contact("a", "甲", GUIDE, at("2026-11-22T10:00")).touch("a", GUIDE, "DONE", at("2026-11-22T10:05"));
        morning(DAY);
        morning(DAY.plusDays(1));
        event.run();
        clock.set(at("2026-11-24T15:00"));
        generate(DAY.plusDays(1));
        morning(DAY.plusDays(2));
        morning(DAY.plusDays(3));
    }

    @Test
    void aReplyStopsTheRestOfTheSequence() {
        sequenceRule(new StopConditions(true, false, false, false));
        runSequenceWithEventOnDay1(() -> data.touch("a", GUIDE, "REPLIED", at("2026-11-24T14:00")));

        assertThat(tasksOf("a")).extracting(TaskRow::step, TaskRow::status, TaskRow::statusReason)
                .containsExactly(tuple(1, "CANCELLED", "REPLIED"), tuple(2, "CANCELLED", "REPLIED"));
    }

    @Test
    void aStepAlreadyWorkedOnStaysAsItWas() {
        sequenceRule(new StopConditions(false, true, false, false));
        data.contact("a", "甲", GUIDE, at("2026-11-22T10:00")).touch("a", GUIDE, "DONE", at("2026-11-22T10:05"));
        morning(DAY);
        workbench.db().write(c -> Sql.update(c, "UPDATE tasks SET status = 'SENT' WHERE external_userid = 'a'"));
        data.order("o1", "a", at("2026-11-23T20:00"));

        morning(DAY.plusDays(1));

        assertThat(tasksOf("a")).extracting(TaskRow::step, TaskRow::status).containsExactly(tuple(1, "SENT"));
    }

    @Test
    void buyingStopsTheSequence() {
        sequenceRule(new StopConditions(false, true, false, false));
        runSequenceWithEventOnDay1(() -> data.order("o1", "a", at("2026-11-24T14:00")));

        assertThat(tasksOf("a")).extracting(TaskRow::status).containsOnly("CANCELLED");
        assertThat(tasksOf("a")).extracting(TaskRow::statusReason).containsOnly("BOUGHT");
    }

    @Test
    void joiningAGroupStopsTheSequence() {
        sequenceRule(new StopConditions(false, false, true, false));
        runSequenceWithEventOnDay1(() -> data.joinGroup("chat1", "a", at("2026-11-24T14:00")));

        assertThat(tasksOf("a")).extracting(TaskRow::statusReason).containsOnly("JOINED_GROUP");
        assertThat(tasksOf("a")).hasSize(2);
    }

    @Test
    void aLostContactGetsNoMoreSendsWhateverTheStopConditionsSay() {
        sequenceRule(StopConditions.NONE);
        runSequenceWithEventOnDay1(() -> data.lost("a", GUIDE, at("2026-11-24T14:00")));

        assertThat(tasksOf("a")).extracting(TaskRow::step, TaskRow::status, TaskRow::statusReason)
                .containsExactly(tuple(1, "CANCELLED", "LOST"), tuple(2, "CANCELLED", "LOST"));
    }

    @Test
    void withoutAStopConditionTheSequenceRunsToTheEnd() {
        sequenceRule(StopConditions.NONE);
        runSequenceWithEventOnDay1(() -> data.touch("a", GUIDE, "REPLIED", at("2026-11-24T14:00")));

        assertThat(tasksOf("a")).extracting(TaskRow::step).containsExactly(1, 2, 3, 4);
    }

    @Test
    void oneSendPerCustomerPerDayTheOtherIsHeldToTomorrowWithTheReason() {
        data.script("other", "另一个剧本", 0, "别的");
        sequenceRule(StopConditions.NONE);
        rule(new SopRule("low", "低优先", true, 10, Trigger.days(TriggerType.DAYS_SINCE_ADDED, 1),
                Audience.everyone(), RuleAction.script("other", Section.FOLLOW_UP), Timing.NOON, StopConditions.NONE,
                RuleCap.NONE, 0, null, null));
        data.contact("a", "甲", GUIDE, at("2026-11-22T10:00")).touch("a", GUIDE, "DONE", at("2026-11-22T10:05"));

        generate(DAY);
        generate(DAY);

        assertThat(tasksOf("a")).extracting(TaskRow::rule, TaskRow::status, TaskRow::due, TaskRow::statusReason)
                .containsExactly(tuple("seq-rule", "OPEN", DAY, null), tuple("low", "HELD", DAY.plusDays(1), "CAP_DAILY"));
        assertThat(tasksOf("a").get(1).reasonJson()).contains("\"heldFrom\":\"2026-11-23\"");
    }

    @Test
    void aHeldTouchOpensOnTheNextFreeDay() {
        data.script("other", "单条", 0, "别的");
        data.script("two", "两天", 0, "一", 2, "二");
        rule(new SopRule("first", "高", true, 90, Trigger.days(TriggerType.DAYS_SINCE_ADDED, 1), Audience.everyone(),
                RuleAction.script("two", Section.FOLLOW_UP), Timing.NOON, StopConditions.NONE, RuleCap.NONE, 0,
                null, null));
        rule(new SopRule("second", "低", true, 10, Trigger.days(TriggerType.DAYS_SINCE_ADDED, 1),
                Audience.everyone(), RuleAction.script("other", Section.FOLLOW_UP), Timing.NOON, StopConditions.NONE,
                RuleCap.NONE, 0, null, null));
        data.contact("a", "甲", GUIDE, at("2026-11-22T10:00")).touch("a", GUIDE, "DONE", at("2026-11-22T10:05"));

        morning(DAY);
        morning(DAY.plusDays(1));

        assertThat(tasksOf("a")).extracting(TaskRow::rule, TaskRow::status, TaskRow::due)
                .containsExactly(tuple("first", "OPEN", DAY), tuple("second", "OPEN", DAY.plusDays(1)));
    }

    @Test
    void anotherMembersSendToTheSameCustomerCountsToo() {
        sequenceRule(StopConditions.NONE);
        data.contact("a", "甲", GUIDE, at("2026-11-22T10:00")).touch("a", GUIDE, "DONE", at("2026-11-22T10:05"))
                .contact("a", "甲", LEAD, at("2026-11-22T10:00")).touch("a", LEAD, "DONE", at("2026-11-22T10:05"));
        queue.generator().generate(LEAD, DAY);

        generate(DAY);

        assertThat(tasks(LEAD)).extracting(TaskRow::status).containsExactly("OPEN");
        assertThat(tasksOf("a")).extracting(TaskRow::status, TaskRow::statusReason)
                .containsExactly(tuple("HELD", "CAP_DAILY"));
    }

    @Test
    void aRulesDailyCapHoldsTheRestBackInPriorityThenAgeOrder() {
        rule(new SopRule("capped", "限量", true, 50, Trigger.days(TriggerType.DAYS_SINCE_ADDED, 1),
                Audience.everyone(), RuleAction.remind(ActionType.CALL, "电话", Section.FOLLOW_UP), Timing.NOON,
                StopConditions.NONE, new RuleCap(2), 0, null, null));
        for (String id : new String[] {"c1", "c2", "c3"}) {
            data.contact(id, id, GUIDE, at("2026-11-22T10:00")).touch(id, GUIDE, "DONE", at("2026-11-22T10:05"));
        }

        generate(DAY);

        assertThat(tasks()).extracting(TaskRow::contact, TaskRow::status, TaskRow::statusReason)
                .containsExactlyInAnyOrder(tuple("c1", "OPEN", null), tuple("c2", "OPEN", null),
                        tuple("c3", "HELD", "RULE_CAP"));
    }

    @Test
    void theGreetIsNeverHeldBack() {
        data.welcome("welcome-default", "您好，我是{导购姓名}");
        data.script("same-day", "当天", 0, "当天");
        rule(new SopRule("x", "当天发", true, 99, Trigger.of(TriggerType.CONTACT_ADDED), Audience.everyone(),
                RuleAction.script("same-day", Section.FOLLOW_UP), Timing.NOON, StopConditions.NONE, RuleCap.NONE, 0,
                null, null));
        data.contact("a", "甲", GUIDE, at("2026-11-23T08:00"));

        generate(DAY);

        assertThat(tasksOf("a")).extracting(TaskRow::kind, TaskRow::status)
                .containsExactlyInAnyOrder(tuple("GREET", "OPEN"), tuple("SCRIPT_STEP", "HELD"));
    }

    @Test
    void aTouchHeldBackForThreeDaysExpiresInsteadOfPilingUp() {
        rule(new SopRule("one-a-day", "每天一个", true, 50, Trigger.days(TriggerType.DAYS_SINCE_ADDED, 1),
                Audience.everyone(), RuleAction.remind(ActionType.CALL, "电话", Section.FOLLOW_UP), Timing.NOON,
                StopConditions.NONE, new RuleCap(1), 0, null, null));
        for (String id : new String[] {"c1", "c2", "c3", "c4", "c5"}) {
            data.contact(id, id, GUIDE, at("2026-11-22T10:00")).touch(id, GUIDE, "DONE", at("2026-11-22T10:05"));
        }

        for (int d = 0; d <= 4; d++) {
            morning(DAY.plusDays(d));
        }

        assertThat(tasks()).extracting(TaskRow::contact, TaskRow::status, TaskRow::due, TaskRow::statusReason)
                .containsExactly(tuple("c1", "OPEN", DAY, null), tuple("c2", "OPEN", DAY.plusDays(1), null),
                        tuple("c3", "OPEN", DAY.plusDays(2), null), tuple("c4", "OPEN", DAY.plusDays(3), null),
                        tuple("c5", "CANCELLED", DAY.plusDays(4), "EXPIRED"));
    }
}
