package com.siyu.workbench.sandbox.model;

import java.util.List;

/** A 「加入群聊」 way (groupchat/add_join_way). */
public record JoinWay(String configId, int scene, String remark, int autoCreateRoom, String roomBaseName,
                      int roomBaseId, List<String> chatIdList, String qrCode, String state, long createTime) {
    public JoinWay {
        chatIdList = List.copyOf(chatIdList);
    }
}
