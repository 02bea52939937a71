package com.siyu.workbench.wecom;

/** The access token was rejected again right after a refresh (the refresh-and-retry happens only once). */
public class WeComTokenException extends WeComException {
    public WeComTokenException(String path, int errcode, String errmsg, Throwable cause) {
        super(WeComErrorKind.TOKEN, path, errcode, errmsg, cause);
    }
}
