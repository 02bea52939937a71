package com.siyu.workbench.queue;

/** {@code tasks.status}, as the cross-feature contract defines it. */
public enum TaskStatus {
    OPEN, DONE, SENT, SKIPPED, SNOOZED, CANCELLED, HELD;

    /** Generated but not yet worked on: generation may still update, move or drop it. */
    public boolean untouched() {
        return this == OPEN || this == HELD;
    }

    /** Still waiting for the guide (carries over to the next day). */
    public boolean unfinished() {
        return this == OPEN || this == SNOOZED || this == HELD;
    }

    /** Handled by the guide (counts towards the day's progress). */
    public boolean handled() {
        return this == DONE || this == SENT || this == SKIPPED;
    }
}
