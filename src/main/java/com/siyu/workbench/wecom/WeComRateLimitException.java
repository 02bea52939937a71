package com.siyu.workbench.wecom;

/** WeCom kept answering 45009 (frequency) or 45033 (concurrency) through every back-off. */
public class WeComRateLimitException extends WeComException {
    public WeComRateLimitException(String path, int errcode, String errmsg, Throwable cause) {
        super(WeComErrorKind.RATE_LIMIT, path, errcode, errmsg, cause);
    }
}
