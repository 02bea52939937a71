package com.siyu.workbench.wecom;

/**
 * A WeCom call that did not succeed. Carries WeCom's {@code errcode} (or {@link #NO_ERRCODE} when no WeCom answer
 * was received), the {@code errmsg} with anything secret removed, the API path (never the URL: it holds the token),
 * and a {@link WeComErrorKind} with the UI message key. Subclasses exist for the kinds callers branch on.
 */
public class WeComException extends RuntimeException {
    /** Not a WeCom code: the request got no (usable) WeCom answer. */
    public static final int NO_ERRCODE = -99;

    private final int errcode;
    private final String errmsg;
    private final String path;
    private final WeComErrorKind kind;

    public WeComException(WeComErrorKind kind, String path, int errcode, String errmsg, Throwable cause) {
        super(describe(path, errcode, errmsg), cause);
        this.kind = kind;
        this.path = path;
        this.errcode = errcode;
        this.errmsg = errmsg == null ? "" : errmsg;
    }

    private static String describe(String path, int errcode, String errmsg) {
        return "WeCom " + path + " failed: " + (errcode == NO_ERRCODE ? "" : "errcode " + errcode + ", ") + errmsg;
    }

    public int errcode() {
        return errcode;
    }

    /** WeCom's message with tokens and secrets removed; safe to log and show. */
    public String errmsg() {
        return errmsg;
    }

    /** The API path, e.g. {@code /cgi-bin/externalcontact/get}. */
    public String path() {
        return path;
    }

    public WeComErrorKind kind() {
        return kind;
    }

    /** The i18n key of the message the UI shows; format it with {@link #messageArgs()}. */
    public String messageKey() {
        return kind.messageKey();
    }

    public Object[] messageArgs() {
        return new Object[] {errcode == NO_ERRCODE ? "-" : Integer.toString(errcode), errmsg};
    }
}
