package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;

/** The {@code group_chat} object of {@code groupchat/get}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GroupChat(String chatId, String name, String owner, Long createTime, String notice,
                        List<GroupChatMember> memberList, List<JsonNode> adminList, String memberVersion) {
    public GroupChat {
        memberList = DtoLists.orEmpty(memberList);
        adminList = DtoLists.orEmpty(adminList);
    }

    /** The userids of the group admins. */
    public List<String> adminUserids() {
        return adminList.stream().map(a -> a.path("userid").asText()).toList();
    }
}
