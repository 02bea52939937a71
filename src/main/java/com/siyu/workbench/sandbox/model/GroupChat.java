package com.siyu.workbench.sandbox.model;

import java.util.List;

/** A customer group ({@code wr…}) with its members; {@code status} as groupchat/list reports it (0 正常). */
public record GroupChat(String chatId, String name, String owner, long createTime, String notice,
                        List<GroupChatMember> members, List<String> admins, int status) {
    public GroupChat {
        members = List.copyOf(members);
        admins = List.copyOf(admins);
    }
}
