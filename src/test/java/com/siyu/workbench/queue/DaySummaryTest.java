package com.siyu.workbench.queue;

import static com.siyu.workbench.queue.QueueData.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.queue.rules.Audience;
import com.siyu.workbench.queue.rules.RuleAction;
import com.siyu.workbench.queue.rules.RuleCap;
import com.siyu.workbench.queue.rules.Section;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.queue.rules.StopConditions;
import com.siyu.workbench.queue.rules.Timing;
import com.siyu.workbench.queue.rules.Trigger;
import com.siyu.workbench.queue.rules.TriggerType;
import org.junit.jupiter.api.Test;

/** The end-of-day summary counts what the guide did, what is still open, and apart from that what the cap moved. */
class DaySummaryTest extends QueueTestBase {
    private String taskOf(String contact, String status) {
        return tasksOf(contact).stream().filter(t -> t.status().equals(status)).findFirst().orElseThrow().id();
    }

    @Test
    void openAndSnoozedWorkCarriesOverAndTouchesTheCapMovedAreCountedApart() {
        data.script("seq", "跟进剧本", 0, "一");
        data.script("other", "另一个剧本", 0, "别的");
        rule(new SopRule("high", "跟进", true, 50, Trigger.days(TriggerType.DAYS_SINCE_ADDED, 1), Audience.everyone(),
                RuleAction.script("seq", Section.FOLLOW_UP), Timing.NOON, StopConditions.NONE, RuleCap.NONE, 0, null,
                null));
        rule(new SopRule("low", "低优先", true, 10, Trigger.days(TriggerType.DAYS_SINCE_ADDED, 1), Audience.everyone(),
                RuleAction.script("other", Section.FOLLOW_UP), Timing.NOON, StopConditions.NONE, RuleCap.NONE, 0, null,
                null));
        for (String id : new String[] {"a", "b", "c", "d"}) {
            data.contact(id, "客户" + id, GUIDE, at("2026-11-22T10:00")).touch(id, GUIDE, "DONE", at("2026-11-22T10:05"));
        }
        generate(DAY);
        clock.set(at("2026-11-23T12:00"));

        queue.actions().send(GUIDE_ACTOR, taskOf("a", "OPEN"));
        queue.actions().skip(GUIDE_ACTOR, taskOf("b", "OPEN"), "客户明确不需要");
        queue.actions().snooze(GUIDE_ACTOR, taskOf("c", "OPEN"), at("2026-11-23T16:00"));
        DaySummary summary = queue.days().summary(GUIDE_ACTOR, DAY);

        assertThat(summary.sent()).isEqualTo(1);
        assertThat(summary.done()).isZero();
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.carriedOver()).as("c snoozed, d untouched").isEqualTo(2);
        assertThat(summary.movedByCap()).as("each customer's second touch, held to tomorrow").isEqualTo(4);
        assertThat(summary.customersTouched()).contains("客户a");
    }
}
