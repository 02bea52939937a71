package com.siyu.workbench.contacts.orders;

import java.util.Arrays;

/** The file as a whole cannot be imported (unreadable, empty, required columns missing); nothing was written. */
public class OrderImportException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public OrderImportException(String messageKey, Object[] args, Throwable cause) {
        super(messageKey + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public OrderImportException(String messageKey, Object... args) {
        this(messageKey, args, null);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
