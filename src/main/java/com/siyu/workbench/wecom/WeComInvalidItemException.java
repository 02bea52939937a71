package com.siyu.workbench.wecom;

/** An id in the request is invalid (40003, 40068, 40096, 60111 …): fail the item, not the run. */
public class WeComInvalidItemException extends WeComException {
    public WeComInvalidItemException(String path, int errcode, String errmsg, Throwable cause) {
        super(WeComErrorKind.INVALID_ITEM, path, errcode, errmsg, cause);
    }
}
