package com.siyu.workbench.queue;

/** {@code tasks.kind}. */
public enum TaskKind {
    /** Greet a new contact and tag them: every new contact gets one the day they were added. */
    GREET,
    SCRIPT_STEP,
    WELCOME,
    INVITE,
    CALL,
    REMINDER
}
