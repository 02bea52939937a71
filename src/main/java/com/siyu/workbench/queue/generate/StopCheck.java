package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.StatusReason;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.queue.rules.TriggerType;

/** Whether a sequence that started on {@code sequenceStart} must stop, and why. */
final class StopCheck {
    private StopCheck() {
    }

    /**
     * @param rule null for the built-in greet task
     * @return the reason to cancel the rest of the sequence, or null to go on
     */
    static StatusReason reason(SopRule rule, ContactFacts c, int sequenceStart, boolean sends) {
        boolean lostTrigger = rule != null && rule.trigger().type() == TriggerType.CONTACT_LOST;
        if (c.lost() && (sends || !lostTrigger)) {
            return StatusReason.LOST;
        }
        if (rule == null) {
            return null;
        }
        if (rule.stop().replied() && c.lastReplyDay() >= sequenceStart) {
            return StatusReason.REPLIED;
        }
        if (rule.stop().bought() && c.lastOrderDay() >= sequenceStart) {
            return StatusReason.BOUGHT;
        }
        if (rule.stop().joinedGroup() && c.groupJoinDay() >= sequenceStart) {
            return StatusReason.JOINED_GROUP;
        }
        return null;
    }
}
