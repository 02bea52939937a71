package com.siyu.workbench.queue.rules;

/** What a rule asks the guide to do. */
public enum ActionType {
    /** Send step K of an approved 1v1 script, then the later steps on their day offsets. */
    SCRIPT(true),
    /** Send the approved welcome message. */
    WELCOME(true),
    /** Send an approved group-invite template. */
    INVITE(true),
    /** Call the customer. */
    CALL(false),
    /** A free reminder text for the guide. */
    REMINDER(false);

    private final boolean sends;

    ActionType(boolean sends) {
        this.sends = sends;
    }

    /** Whether the task can become a WeCom message task (and so counts against the daily receipt cap). */
    public boolean sends() {
        return sends;
    }
}
