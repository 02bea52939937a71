package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An item of {@code get_groupmsg_send_result}: status 0 unsent, 1 sent, 2 not a friend, 3 already got a mass message. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GroupMsgSendResult(String externalUserid, String chatId, String userid, Integer status, Long sendTime) {
}
