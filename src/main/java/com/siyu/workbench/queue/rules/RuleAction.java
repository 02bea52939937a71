package com.siyu.workbench.queue.rules;

import java.util.Objects;

/**
 * @param contentId    the approved content to send (script, welcome or invite); none for CALL / REMINDER
 * @param fromStep     for scripts: the first step to send (1-based); later steps follow on their day offsets
 * @param onlyThisStep for scripts: send step {@code fromStep} only
 * @param text         the reminder or call note shown to the guide
 * @param section      where the task shows in the walk-through
 */
public record RuleAction(ActionType type, String contentId, int fromStep, boolean onlyThisStep, String text,
                         Section section) {
    public RuleAction {
        Objects.requireNonNull(type, "type");
        section = section == null ? Section.FOLLOW_UP : section;
        fromStep = Math.max(1, fromStep);
        contentId = contentId == null || contentId.isBlank() ? null : contentId.strip();
    }

    public static RuleAction script(String contentId, Section section) {
        return new RuleAction(ActionType.SCRIPT, contentId, 1, false, null, section);
    }

    public static RuleAction send(ActionType type, String contentId, Section section) {
        return new RuleAction(type, contentId, 1, false, null, section);
    }

    public static RuleAction remind(ActionType type, String text, Section section) {
        return new RuleAction(type, null, 1, false, text, section);
    }
}
