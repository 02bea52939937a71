package com.siyu.workbench.queue;

/** {@code tasks.status_reason} codes written by the queue (a skip keeps the guide's own words instead). */
public enum StatusReason {
    /** Cancelled: the customer replied. */
    REPLIED,
    /** Cancelled: the customer bought. */
    BOUGHT,
    /** Cancelled: the customer joined a customer group. */
    JOINED_GROUP,
    /** Cancelled: the customer deleted the member; no sends to lost contacts. */
    LOST,
    /** Held: the customer already gets a template message that day (WeCom allows one per customer per day). */
    CAP_DAILY,
    /** Held: the rule's own daily limit was reached. */
    RULE_CAP,
    /** Cancelled: held back day after day by a cap; a touch that late has lost its point. */
    EXPIRED,
    /** Done by copying the text (the guide pasted it into WeCom). */
    COPIED
}
