package com.siyu.workbench.wecom;

/**
 * What a failed WeCom call means for the caller, each with the UI message key that explains it. Arguments of every
 * message: {0} = errcode, {1} = sanitized errmsg.
 */
public enum WeComErrorKind {
    /** Wrong corp id / secret / trusted IP / app permission: a person must fix the configuration; never loop. */
    CONFIG("wecom.error.config"),
    /** The access token stayed invalid even after one refresh. */
    TOKEN("wecom.error.token"),
    /** 45009 / 45033 (or HTTP 429) still answered after the back-offs. */
    RATE_LIMIT("wecom.error.rateLimit"),
    /** 84061: the member and the customer are no longer related (deleted, or skip-verify not yet confirmed). */
    RELATION_NOT_FOUND("wecom.error.relationNotFound"),
    /** An id in the request is not valid (userid, external_userid, tag id …): fail this item, not the run. */
    INVALID_ITEM("wecom.error.invalidItem"),
    /** 60011: outside the app's visible range. */
    NO_PRIVILEGE("wecom.error.noPrivilege"),
    /** 41063: the mass message is still being dispatched; ask again later. */
    RETRY_LATER("wecom.error.retryLater"),
    /** No usable answer: network down, timeouts, HTTP 5xx, WeCom busy (-1) after the retries. Means "offline". */
    UNAVAILABLE("wecom.error.unavailable"),
    /** Answers kept arriving truncated or as malformed JSON. */
    BAD_RESPONSE("wecom.error.badResponse"),
    /** A write that must not be repeated failed ambiguously: WeCom may or may not have applied it; reconcile. */
    OUTCOME_UNKNOWN("wecom.error.outcomeUnknown"),
    /** Any other business error code. */
    OTHER("wecom.error.other");

    private final String messageKey;

    WeComErrorKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
