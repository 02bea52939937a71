package com.siyu.workbench.wecom;

/**
 * No usable answer from WeCom after the retries: network failure, timeouts, HTTP 5xx, "system busy" (-1), or bodies
 * that kept arriving truncated or malformed. This is how sync detects that it is offline. For a write that must not
 * be repeated ({@link #outcomeUnknown()}), the request may have reached WeCom: reconcile before sending it again.
 */
public class WeComUnavailableException extends WeComException {
    public WeComUnavailableException(WeComErrorKind kind, String path, int errcode, String errmsg, Throwable cause) {
        super(kind, path, errcode, errmsg, cause);
        if (kind != WeComErrorKind.UNAVAILABLE && kind != WeComErrorKind.BAD_RESPONSE
                && kind != WeComErrorKind.OUTCOME_UNKNOWN) {
            throw new IllegalArgumentException("not an availability kind: " + kind);
        }
    }

    /** True when a non-idempotent write failed after it may have been received. */
    public boolean outcomeUnknown() {
        return kind() == WeComErrorKind.OUTCOME_UNKNOWN;
    }
}
