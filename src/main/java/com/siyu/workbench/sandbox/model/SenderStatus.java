package com.siyu.workbench.sandbox.model;

import java.util.List;

/** One member's part of a message task: {@code status} 0 未发送, 2 已发送 (get_groupmsg_task); send time 0 = unsent. */
public record SenderStatus(String userid, int status, long sendTime, List<Recipient> recipients) {
    public static final int UNSENT = 0;
    public static final int SENT = 2;

    public SenderStatus {
        recipients = List.copyOf(recipients);
    }

    public boolean pending() {
        return status == UNSENT;
    }
}
