package com.siyu.workbench.audit;

import java.util.Set;

/**
 * A figure a lead can drill into, and the log actions behind it. Figures that come from WeCom data (behavior, log
 * volume) open the rep's whole log for the range.
 */
public enum DrillMetric {
    TASKS_DUE(Set.of(Actions.TASK_DONE, Actions.TASK_SENT, Actions.TASK_COPIED, Actions.TASK_SKIPPED,
            Actions.TASK_SNOOZED)),
    TASKS_DONE(Set.of(Actions.TASK_DONE, Actions.TASK_SENT, Actions.TASK_COPIED)),
    TASKS_SKIPPED(Set.of(Actions.TASK_SKIPPED)),
    TASKS_OVERDUE(Set.of(Actions.TASK_SNOOZED, Actions.TASK_SKIPPED)),
    FIRST_TOUCH(Set.of(Actions.TASK_SENT, Actions.TASK_COPIED, Actions.TASK_DONE, Actions.CONTACT_NOTE)),
    MESSAGE_TASKS(Set.of(Actions.TASK_SENT)),
    CONTENT(Set.of(Actions.TASK_SENT, Actions.TASK_COPIED)),
    CONTACTS(Set.of(Actions.CONTACT_NOTE, Actions.CONTACT_TAGS, Actions.CONTACT_REMARK, Actions.CONTACT_REPLIED)),
    ALL(Set.of());

    private final Set<String> actions;

    DrillMetric(Set<String> actions) {
        this.actions = actions;
    }

    /** The actions to filter on; empty means every action. */
    public Set<String> actions() {
        return actions;
    }

    public String labelKey() {
        return "audit.metric." + name();
    }
}
