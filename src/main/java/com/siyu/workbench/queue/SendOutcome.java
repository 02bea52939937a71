package com.siyu.workbench.queue;

/** What pressing "send" did. */
public enum SendOutcome {
    /** A WeCom message task is queued in the outbox; the member confirms it in WeCom. */
    SENT,
    /** The customer already gets a template message today (WeCom allows one a day): moved to tomorrow. */
    HELD
}
