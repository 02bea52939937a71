package com.siyu.workbench.queue;

import java.util.List;

/** An action the guide asked for cannot be done; {@code messageKey} is the UI text saying why. Nothing was written. */
public final class QueueActionException extends RuntimeException {
    private final String messageKey;
    private final transient List<Object> args;

    public QueueActionException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
