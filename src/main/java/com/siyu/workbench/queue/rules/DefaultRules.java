package com.siyu.workbench.queue.rules;

import com.siyu.workbench.content.DemoContent;
import com.siyu.workbench.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SOP rule set a fresh database starts with, following the source articles: greet and tag every new contact
 * at once (built into generation, not a rule: it cannot be switched off); a 1v1 new-customer script on days
 * 0/1/3/7; intent follow-up on the day, +1 and +3 when an 意向商品 tag appears; a long high-ticket sequence for
 * 高意向 customers; a repurchase reminder 30 days after the last order; win-back for customers silent 30 days;
 * a call-back (never a send) for customers who deleted their rep. Sends go out around noon or before the end of
 * the working day, when the articles saw customers read. Content ids are the content feature's demo ids
 * ({@link DemoContent}); a rule whose content is not approved yet makes reminders instead of sends. Seeding is idempotent: a rule an admin edited or switched
 * off is never put back.
 */
public final class DefaultRules {
    public static final String NEW_CUSTOMER = "default-new-customer";
    public static final String INTENT_FOLLOW_UP = "default-intent-follow-up";
    public static final String HIGH_TICKET = "default-high-ticket";
    public static final String REPURCHASE = "default-repurchase";
    public static final String WIN_BACK = "default-win-back";
    public static final String LOST_CALL_BACK = "default-lost-call-back";
    public static final String GROUP_INVITE = "default-group-invite";
    public static final String BIRTHDAY = "default-birthday";
    public static final String EVENT_INVITE = "default-event-invite";

    private static final StopConditions BOUGHT_OR_LOST = new StopConditions(false, true, false, true);

    private DefaultRules() {
    }

    public static List<SopRule> all(Instant at) {
        List<SopRule> rules = new ArrayList<>();
        rules.add(rule(NEW_CUSTOMER, "新客 1v1 剧本（当天 / 1 / 3 / 7 天）", 80, Trigger.of(TriggerType.CONTACT_ADDED),
                Audience.everyone(), RuleAction.script(DemoContent.SCRIPT_NEW_CUSTOMER, Section.NEW), Timing.NOON,
                BOUGHT_OR_LOST, RuleCap.NONE, at));
        rules.add(rule(INTENT_FOLLOW_UP, "意向商品跟进（当天 / 1 / 3 天）", 70,
                Trigger.tagInGroup(TriggerType.TAG_ADDED, "意向商品", null), Audience.everyone(),
                RuleAction.script(DemoContent.SCRIPT_INTENT_FOLLOW_UP, Section.FOLLOW_UP), Timing.END_OF_DAY,
                new StopConditions(true, true, false, true), RuleCap.NONE, at));
        rules.add(rule(HIGH_TICKET, "高客单长周期跟进", 60,
                Trigger.tagInGroup(TriggerType.TAG_ADDED, "客户阶段", "高意向"), Audience.everyone(),
                RuleAction.script(DemoContent.SCRIPT_HIGH_TICKET, Section.FOLLOW_UP), Timing.END_OF_DAY, BOUGHT_OR_LOST,
                RuleCap.NONE, at));
        rules.add(rule(GROUP_INVITE, "新客第 3 天邀请进会员群", 40, Trigger.days(TriggerType.DAYS_SINCE_ADDED, 3),
                Audience.everyone(), RuleAction.send(ActionType.INVITE, DemoContent.INVITE_MEMBER_GROUP, Section.NEW), Timing.NOON,
                new StopConditions(false, false, true, true), RuleCap.NONE, at));
        rules.add(rule(REPURCHASE, "复购提醒（上次下单 30 天后）", 50, Trigger.days(TriggerType.DAYS_SINCE_ORDER, 30),
                Audience.everyone(), RuleAction.script(DemoContent.SCRIPT_REPURCHASE, Section.REPURCHASE), Timing.NOON,
                BOUGHT_OR_LOST, new RuleCap(20), at));
        rules.add(rule(BIRTHDAY, "生日关怀（私聊祝福，不群发）", 45, Trigger.date(Trigger.BIRTHDAY, 0),
                Audience.everyone(), RuleAction.remind(ActionType.REMINDER,
                        "今天是客户生日：私聊送上祝福，可附会员生日权益。", Section.FOLLOW_UP),
                Timing.NOON, StopConditions.NONE, RuleCap.NONE, at));
        rules.add(rule(WIN_BACK, "沉默 30 天挽回", 30, Trigger.days(TriggerType.DAYS_SINCE_TOUCH, 30),
                Audience.everyone(), RuleAction.script(DemoContent.SCRIPT_WIN_BACK, Section.WIN_BACK), Timing.END_OF_DAY,
                StopConditions.ALL, new RuleCap(10), at));
        rules.add(rule(LOST_CALL_BACK, "流失客户回访（不再发送消息）", 20, Trigger.of(TriggerType.CONTACT_LOST),
                Audience.everyone(), RuleAction.remind(ActionType.CALL,
                        "客户已删除好友：不要再发消息。如有电话可回访了解原因，并记一条备注。", Section.WIN_BACK),
                Timing.END_OF_DAY, StopConditions.NONE, RuleCap.NONE, at));
        SopRule event = rule(EVENT_INVITE, "活动邀约（默认关闭，活动期间开启）", 35,
                Trigger.days(TriggerType.DAYS_SINCE_TOUCH, 14), Audience.everyone(),
                RuleAction.script(DemoContent.SCRIPT_EVENT_INVITE, Section.FOLLOW_UP), Timing.NOON, StopConditions.ALL,
                new RuleCap(15), at);
        rules.add(event.withEnabled(false));
        return rules;
    }

    /**
     * Inserts the defaults that are missing; returns how many were added. Not logged as edits: the rules carry
     * {@code updated_by = system}, and every later edit by a person is logged.
     */
    public static int seed(Database db, RuleRepository rules, Clock clock) {
        return db.inTransaction(c -> {
            int added = 0;
            for (SopRule rule : all(clock.instant())) {
                if (rules.insertIfAbsent(rule)) {
                    added++;
                }
            }
            return added;
        });
    }

    private static SopRule rule(String id, String name, int priority, Trigger trigger, Audience audience,
                                RuleAction action, Timing timing, StopConditions stop, RuleCap cap, Instant at) {
        return new SopRule(id, name, true, priority, trigger, audience, action, timing, stop, cap, 1, "system", at);
    }
}
