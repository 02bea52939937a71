package com.siyu.workbench.wecom;

/** 84061: the member no longer has this customer (deleted, or not yet confirmed). */
public class WeComRelationNotFoundException extends WeComException {
    public WeComRelationNotFoundException(String path, int errcode, String errmsg, Throwable cause) {
        super(WeComErrorKind.RELATION_NOT_FOUND, path, errcode, errmsg, cause);
    }
}
