package com.siyu.workbench.content;

/**
 * An action that the content's state does not allow (submit something already under review, reject without a
 * reason…). {@link #messageKey()} with {@link #args()} is the Chinese/English text the UI shows.
 */
public class ContentStateException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public ContentStateException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
