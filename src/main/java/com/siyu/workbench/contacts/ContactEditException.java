package com.siyu.workbench.contacts;

import java.util.Arrays;

/**
 * An edit was refused for a reason the member can fix (too long, not their customer, unknown tag). Carries the i18n
 * key and arguments of the Chinese message the UI shows; nothing was changed.
 */
public class ContactEditException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public ContactEditException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
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
