package com.siyu.workbench.sandbox.model;

import java.util.List;

/**
 * A mass-send task created by add_msg_template (or a member in the client: {@code createType} 1). Nothing is sent
 * until a member confirms; {@code senders} holds each member's status and recipients. {@code contentJson} is the
 * {@code {"text":…,"attachments":[…]}} part, kept verbatim for get_groupmsg_list_v2.
 */
public record MessageTask(String msgid, String chatType, String creator, int createType, long createTime,
                          String contentJson, List<String> failList, List<SenderStatus> senders) {
    public MessageTask {
        failList = List.copyOf(failList);
        senders = List.copyOf(senders);
    }

    public MessageTask withSenders(List<SenderStatus> newSenders) {
        return new MessageTask(msgid, chatType, creator, createType, createTime, contentJson, failList, newSenders);
    }
}
