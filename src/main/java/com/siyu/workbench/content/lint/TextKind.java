package com.siyu.workbench.content.lint;

/** What a text becomes in WeCom, which decides its byte limit. */
public enum TextKind {
    /** add_msg_template / send_welcome_msg {@code text.content}: ≤4000 bytes. */
    MESSAGE(4000),
    /** group_welcome_template/add {@code text.content}: ≤3000 bytes (the add doc; edit says 4000, the lower wins). */
    GROUP_WELCOME(3000);

    private final int maxBytes;

    TextKind(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }
}
