package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Filter of {@code get_groupmsg_list_v2} (without paging): span ≤ 1 month; filter_type 0 corp, 1 personal, 2 all. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GroupMsgListQuery(String chatType, long startTime, long endTime, String creator, Integer filterType) {
    public static GroupMsgListQuery single(long startTime, long endTime) {
        return new GroupMsgListQuery("single", startTime, endTime, null, null);
    }
}
