package com.siyu.workbench.queue.rules;

/**
 * Events that end a rule's sequence for a contact: the remaining tasks are cancelled with the reason. A lost contact
 * never gets a send whatever these say; {@code lost} also cancels a sequence's calls and reminders.
 */
public record StopConditions(boolean replied, boolean bought, boolean joinedGroup, boolean lost) {
    public static final StopConditions NONE = new StopConditions(false, false, false, false);
    public static final StopConditions ALL = new StopConditions(true, true, true, true);
}
