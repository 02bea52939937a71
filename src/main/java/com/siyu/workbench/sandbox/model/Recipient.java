package com.siyu.workbench.sandbox.model;

/**
 * One row of get_groupmsg_send_result. {@code status}: 0 未发送, 1 已发送, 2 客户不是好友, 3 客户当天已收到其他群发.
 * Exactly one of {@code externalUserid} (single) and {@code chatId} (group) is set.
 */
public record Recipient(String externalUserid, String chatId, String userid, int status, long sendTime) {
    public static final int UNSENT = 0;
    public static final int SENT = 1;
    public static final int NOT_FRIEND = 2;
    public static final int QUOTA = 3;

    public Recipient withStatus(int newStatus, long at) {
        return new Recipient(externalUserid, chatId, userid, newStatus, at);
    }
}
