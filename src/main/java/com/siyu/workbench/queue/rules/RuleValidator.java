package com.siyu.workbench.queue.rules;

import java.util.ArrayList;
import java.util.List;

/** Checks a rule before it is saved; each problem names its field so the editor can point at it. */
public final class RuleValidator {
    private static final int MAX_DAYS = 3650;

    private RuleValidator() {
    }

    public static List<RuleProblem> check(SopRule rule) {
        List<RuleProblem> problems = new ArrayList<>();
        if (rule.name().isEmpty()) {
            problems.add(RuleProblem.of("name", "queue.rules.problem.name"));
        }
        Trigger trigger = rule.trigger();
        if (trigger.type().usesDays() && (trigger.days() < 0 || trigger.days() > MAX_DAYS)) {
            problems.add(RuleProblem.of("days", "queue.rules.problem.days", MAX_DAYS));
        }
        if (trigger.type().usesTag() && trigger.tagId() == null && trigger.tagGroup() == null) {
            problems.add(RuleProblem.of("tag", "queue.rules.problem.tag"));
        }
        if (trigger.type() == TriggerType.DATE_FIELD && !Trigger.BIRTHDAY.equals(trigger.dateField())
                && !Trigger.ANNIVERSARY.equals(trigger.dateField())) {
            problems.add(RuleProblem.of("dateField", "queue.rules.problem.dateField"));
        }
        RuleAction action = rule.action();
        if (action.type().sends() && action.contentId() == null) {
            problems.add(RuleProblem.of("content", "queue.rules.problem.content"));
        }
        if (trigger.type() == TriggerType.CONTACT_LOST && action.type().sends()) {
            problems.add(RuleProblem.of("action", "queue.rules.problem.lostSend"));
        }
        if (action.type() == ActionType.REMINDER && (action.text() == null || action.text().isBlank())) {
            problems.add(RuleProblem.of("text", "queue.rules.problem.text"));
        }
        Timing timing = rule.timing();
        if (timing.dayOffset() < 0 || timing.dayOffset() > MAX_DAYS) {
            problems.add(RuleProblem.of("dayOffset", "queue.rules.problem.dayOffset", MAX_DAYS));
        }
        if ((timing.windowStart() == null) != (timing.windowEnd() == null)) {
            problems.add(RuleProblem.of("window", "queue.rules.problem.window"));
        }
        if (rule.priority() < 0 || rule.priority() > 100) {
            problems.add(RuleProblem.of("priority", "queue.rules.problem.priority"));
        }
        return problems;
    }
}
