package com.siyu.workbench.sandbox.model;

/**
 * One member of a customer group: {@code type} 1 = corp member, 2 = external contact; {@code invitor} null unless
 * invited by a corp member; {@code unionid} only for externals that have one.
 */
public record GroupChatMember(String userid, int type, long joinTime, int joinScene, String invitor,
                              String groupNickname, String name, String unionid) {
}
