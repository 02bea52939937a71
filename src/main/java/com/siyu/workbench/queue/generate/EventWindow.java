package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.ApprovedContent;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.queue.rules.TriggerType;
import java.util.List;
import java.util.Map;

/**
 * The epoch days on which a rule's trigger event (the contact was added, last touched, last ordered…) must have
 * happened for one of the rule's steps to fall in {@code [from, today]}. Generation asks SQLite only for contacts
 * with an event in such a window, instead of reading every contact.
 */
public record EventWindow(TriggerType trigger, int fromDay, int toDay) {

    public static EventWindow of(SopRule rule, ApprovedContent content, int from, int today) {
        List<PlannedStep> steps = PlannedStep.of(rule, content);
        int minOffset = Integer.MAX_VALUE;
        int maxOffset = Integer.MIN_VALUE;
        for (PlannedStep step : steps) {
            minOffset = Math.min(minOffset, step.offset());
            maxOffset = Math.max(maxOffset, step.offset());
        }
        TriggerType type = rule.trigger().type();
        // "N days since X": X happened N days before the anchor; "N days before a date": the date is N days after it.
        int days = type.usesDays() ? rule.trigger().days() : 0;
        int shift = type == TriggerType.DATE_FIELD ? -days : days;
        return new EventWindow(type, from - maxOffset - shift, today - minOffset - shift);
    }

    public static List<EventWindow> of(List<SopRule> rules, Map<String, ApprovedContent> content, int from,
                                       int today) {
        return rules.stream().map(r -> of(r, r.action().contentId() == null ? null
                : content.get(r.action().contentId()), from, today)).toList();
    }
}
