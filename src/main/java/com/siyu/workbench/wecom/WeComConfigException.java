package com.siyu.workbench.wecom;

/** Wrong corp id, secret, trusted IP or app permission (40001 at gettoken, 40013, 41002, 41004, 48002, 48009, 60020, 301002): not retried. */
public class WeComConfigException extends WeComException {
    public WeComConfigException(String path, int errcode, String errmsg, Throwable cause) {
        super(WeComErrorKind.CONFIG, path, errcode, errmsg, cause);
    }
}
