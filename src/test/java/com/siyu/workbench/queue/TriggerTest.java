package com.siyu.workbench.queue;

import static com.siyu.workbench.queue.QueueData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.siyu.workbench.queue.rules.ActionType;
import com.siyu.workbench.queue.rules.RuleAction;
import com.siyu.workbench.queue.rules.Section;
import com.siyu.workbench.queue.rules.Trigger;
import com.siyu.workbench.queue.rules.TriggerType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each trigger fires on the right day for the right contacts, counted in Shanghai days. */
class TriggerTest extends QueueTestBase {
    private static final RuleAction CALL = RuleAction.remind(ActionType.CALL, "打个电话", Section.FOLLOW_UP);

    @BeforeEach
    void tags() {
        data.tagGroup("g-intent", "意向商品").tag("g-intent", "t-cream", "面霜")
                .tagGroup("g-stage", "客户阶段").tag("g-stage", "t-hot", "高意向").tag("g-stage", "t-new", "新客");
    }

    /** The contacts with a task of rule {@code r} due on {@code day}. */
    private List<String> due(LocalDate day) {
        return tasks().stream().filter(t -> "r".equals(t.rule()) && t.due().equals(day)).map(TaskRow::contact)
                .sorted().toList();
    }

    @Test
    void contactAddedFiresOnTheAddedDay() {
        rule("r", Trigger.of(TriggerType.CONTACT_ADDED), CALL);
        data.contact("today", "今天", GUIDE, at("2026-11-23T00:05"))
                .contact("yesterday", "昨天", GUIDE, at("2026-11-22T23:55"));

        generate(DAY);

        assertThat(due(DAY)).containsExactly("today");
    }

    @Test
    void daysSinceAddedCountsShanghaiCalendarDays() {
        rule("r", Trigger.days(TriggerType.DAYS_SINCE_ADDED, 3), CALL);
        data.contact("three", "三天前", GUIDE, at("2026-11-20T23:59"))
                .contact("two", "两天前", GUIDE, at("2026-11-21T00:01"));

        generate(DAY);

        assertThat(due(DAY)).containsExactly("three");
    }

    @Test
    void daysSinceTouchUsesTheNewestTouchOrTheAddedDayAndReArmsAfterATouch() {
        rule("r", Trigger.days(TriggerType.DAYS_SINCE_TOUCH, 14), CALL);
        data.contact("quiet", "沉默", GUIDE, at("2026-10-01T10:00")).touch("quiet", GUIDE, "SENT", at("2026-11-09T12:00"))
                .contact("never", "从未联系", GUIDE, at("2026-11-09T18:00"))
                .contact("recent", "最近联系", GUIDE, at("2026-10-01T10:00"))
                .touch("recent", GUIDE, "SENT", at("2026-11-09T12:00"))
                .touch("recent", GUIDE, "NOTE", at("2026-11-20T12:00"));

        generate(DAY);

        assertThat(due(DAY)).containsExactly("never", "quiet");
    }

    @Test
    void daysSinceOrderNeedsAMatchedOrder() {
        rule("r", Trigger.days(TriggerType.DAYS_SINCE_ORDER, 30), CALL);
        data.contact("buyer", "买过", GUIDE, at("2026-09-01T10:00")).order("o1", "buyer", at("2026-10-24T21:00"))
                .contact("other", "没买", GUIDE, at("2026-09-01T10:00"))
                .contact("again", "又买了", GUIDE, at("2026-09-01T10:00")).order("o2", "again", at("2026-10-24T09:00"))
                .order("o3", "again", at("2026-11-02T09:00"));

        generate(DAY);

        assertThat(due(DAY)).containsExactly("buyer");
    }

    @Test
    void aBirthdayFiresFromTheDescriptionOrTheDateTable() {
        rule("r", Trigger.date(Trigger.BIRTHDAY, 0), CALL);
        data.contact("desc", "描述里写了生日", GUIDE, at("2026-01-01T10:00"))
                .description("desc", GUIDE, "老客户，生日：1990年11月23日，喜欢面霜")
                .contact("table", "表里有生日", GUIDE, at("2026-01-01T10:00"))
                .contact("notToday", "别的日子", GUIDE, at("2026-01-01T10:00"))
                .description("notToday", GUIDE, "生日 11-24");
        workbench.db().write(c -> com.siyu.workbench.store.Sql.update(c, "INSERT INTO contact_dates (external_userid,"
                + " field, date, updated_at) VALUES ('table', 'BIRTHDAY', '--11-23', 0)"));

        generate(DAY);

        assertThat(due(DAY)).containsExactly("desc", "table");
    }

    @Test
    void aDateTriggerCanFireDaysBefore() {
        rule("r", Trigger.date(Trigger.BIRTHDAY, 2), CALL);
        data.contact("soon", "后天生日", GUIDE, at("2026-01-01T10:00")).description("soon", GUIDE, "生日 11/25");

        generate(DAY);

        assertThat(due(DAY)).containsExactly("soon");
    }

    @Test
    void noReplyFiresWhenTheCustomerHasNotAnsweredTheLastMessage() {
        rule("r", Trigger.days(TriggerType.NO_REPLY, 3), CALL);
        data.contact("silent", "没回", GUIDE, at("2026-11-01T10:00")).touch("silent", GUIDE, "SENT", at("2026-11-20T12:00"))
                .contact("answered", "回了", GUIDE, at("2026-11-01T10:00"))
                .touch("answered", GUIDE, "SENT", at("2026-11-20T12:00"))
                .touch("answered", GUIDE, "REPLIED", at("2026-11-20T20:00"))
                .contact("untouched", "没发过", GUIDE, at("2026-11-01T10:00"));

        generate(DAY);

        assertThat(due(DAY)).containsExactly("silent");
    }

    @Test
    void contactLostYieldsOnlyTheLostRulesCallNeverASend() {
        data.script("script-win-back", "挽回", 0, "好久不见");
        rule("r", Trigger.of(TriggerType.CONTACT_LOST), CALL);
        rule("send", Trigger.days(TriggerType.DAYS_SINCE_ADDED, 30), RuleAction.script("script-win-back",
                Section.WIN_BACK));
        data.contact("gone", "删了我", GUIDE, at("2026-10-24T10:00")).lost("gone", GUIDE, at("2026-11-23T08:00"));

        generate(DAY);

        assertThat(tasksOf("gone")).extracting(TaskRow::rule, TaskRow::kind).containsExactly(tuple("r", "CALL"));
    }

    @Test
    void tagAddedFiresTheDayGenerationFirstSeesTheTagButNotForTagsFromBeforeTheFirstRun() {
        rule("r", Trigger.tag(TriggerType.TAG_ADDED, "t-cream"), CALL);
        data.contact("old", "原来就有", GUIDE, at("2026-11-01T10:00")).tagContact("old", GUIDE, "t-cream")
                .contact("fresh", "新打标", GUIDE, at("2026-11-01T10:00"));
        morning(DAY);
        data.tagContact("fresh", GUIDE, "t-cream");

        clock.set(at("2026-11-23T15:00"));
        generate(DAY);

        assertThat(due(DAY)).containsExactly("fresh");
        assertThat(tasksOf("fresh").get(0).reasonJson()).contains("\"tagName\":\"面霜\"");
    }

    @Test
    void aTagTriggerNamedByGroupFiresForAnyTagOfTheGroup() {
        rule("r", Trigger.tagInGroup(TriggerType.TAG_ADDED, "意向商品", null), CALL);
        data.contact("a", "甲", GUIDE, at("2026-11-01T10:00"));
        morning(DAY.minusDays(1));
        data.tagContact("a", GUIDE, "t-cream").tagContact("a", GUIDE, "t-hot");

        morning(DAY);

        assertThat(due(DAY)).containsExactly("a");
    }

    @Test
    void tagRemovedFiresWhenTheTagIsGone() {
        rule("r", Trigger.tagInGroup(TriggerType.TAG_REMOVED, "客户阶段", "高意向"), CALL);
        data.contact("a", "甲", GUIDE, at("2026-11-01T10:00")).tagContact("a", GUIDE, "t-hot")
                .contact("b", "乙", GUIDE, at("2026-11-01T10:00")).tagContact("b", GUIDE, "t-hot");
        morning(DAY.minusDays(1));
        data.untagContact("a", GUIDE, "t-hot");

        morning(DAY);

        assertThat(due(DAY)).containsExactly("a");
    }

    @Test
    void aDayOffsetMovesTheWholeSequence() {
        data.script("s", "剧本", 0, "一", 2, "二");
        rule("r", Trigger.of(TriggerType.CONTACT_ADDED), RuleAction.script("s", Section.FOLLOW_UP));
        var saved = queue.rules().find(ADMIN, "r").orElseThrow();
        rule(saved.withTiming(saved.timing().withDayOffset(1)));
        data.contact("a", "甲", GUIDE, at("2026-11-23T10:00"));

        for (int d = 0; d <= 3; d++) {
            morning(DAY.plusDays(d));
        }

        assertThat(tasksOf("a")).filteredOn(t -> "r".equals(t.rule())).extracting(TaskRow::step, TaskRow::due)
                .containsExactly(tuple(1, DAY.plusDays(1)), tuple(2, DAY.plusDays(3)));
    }
}
