package com.siyu.workbench.sandbox.model;

/**
 * A business error the sandbox answers with, as WeCom does: HTTP 200, {@code errcode} and an English {@code errmsg}
 * text (the router appends WeCom's hint / from ip / more info suffix).
 */
public final class WeComError extends RuntimeException {
    private final int errcode;
    private final String emptyListField;

    public WeComError(int errcode, String text) {
        this(errcode, text, null);
    }

    private WeComError(int errcode, String text, String emptyListField) {
        super(text, null, false, false);
        this.errcode = errcode;
        this.emptyListField = emptyListField;
    }

    /** The same error carrying an empty success field, as WeCom sends e.g. {@code "external_userid":[]} with 84061. */
    public WeComError withEmptyList(String field) {
        return new WeComError(errcode, text(), field);
    }

    /** The name of the empty list field to include, or null. */
    public String emptyListField() {
        return emptyListField;
    }

    public int errcode() {
        return errcode;
    }

    public String text() {
        return getMessage();
    }

    public static WeComError invalidParameter(String what) {
        return new WeComError(40058, "invalid Request Parameter: " + what);
    }

    public static WeComError missing(String field) {
        return new WeComError(40063, "some parameters are empty: " + field);
    }

    public static WeComError notExternalContact() {
        return new WeComError(84061, "not external contact");
    }

    public static WeComError invalidUserid(String userid) {
        return new WeComError(60111, "userid not found: " + userid);
    }
}
