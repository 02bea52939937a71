package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An item of {@code get_groupmsg_task}: a member's status; doc says 0 unsent / 2 sent but examples show 1, so treat non-zero as sent. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GroupMsgTask(String userid, Integer status, Long sendTime) {
    public boolean sent() {
        return status != null && status != 0;
    }
}
