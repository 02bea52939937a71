package com.siyu.workbench.queue.rules;

/**
 * What starts a rule's sequence for a contact. Each trigger fixes an anchor day per contact (the day the trigger
 * fired); the rule's steps fall on the anchor plus their day offsets.
 */
public enum TriggerType {
    /** Anchor: the day the member added the contact. */
    CONTACT_ADDED(false, false),
    /** Anchor: the day generation noticed the tag on the contact (see {@code queue_tag_events}). */
    TAG_ADDED(false, true),
    /** Anchor: the day generation noticed the tag was gone. */
    TAG_REMOVED(false, true),
    /** Anchor: added day + N. */
    DAYS_SINCE_ADDED(true, false),
    /** Anchor: last touch (or added, when never touched) + N; re-arms after every touch. */
    DAYS_SINCE_TOUCH(true, false),
    /** Anchor: last order + N; only contacts with a matched order. */
    DAYS_SINCE_ORDER(true, false),
    /** Anchor: this year's occurrence of a date field (birthday…) − N days. */
    DATE_FIELD(true, false),
    /** Anchor: last outgoing touch + N, when the customer has not replied since. */
    NO_REPLY(true, false),
    /** Anchor: the day the customer deleted the member. Only non-sending actions make sense. */
    CONTACT_LOST(false, false);

    private final boolean usesDays;
    private final boolean usesTag;

    TriggerType(boolean usesDays, boolean usesTag) {
        this.usesDays = usesDays;
        this.usesTag = usesTag;
    }

    public boolean usesDays() {
        return usesDays;
    }

    public boolean usesTag() {
        return usesTag;
    }
}
