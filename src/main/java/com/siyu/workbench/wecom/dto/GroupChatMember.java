package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.JsonNode;

/** A member of a customer group: type 1 member, 2 external; {@code invitor} only when invited by a member; {@code name} only with need_name. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GroupChatMember(String userid, Integer type, String unionid, Long joinTime, Integer joinScene,
                              JsonNode invitor, String groupNickname, String name, String state) {
    /** The inviting member's userid, or null. */
    public String invitorUserid() {
        return invitor == null || invitor.get("userid") == null ? null : invitor.get("userid").asText();
    }
}
