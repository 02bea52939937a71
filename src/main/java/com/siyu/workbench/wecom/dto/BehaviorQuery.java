package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Body of get_user_behavior_data: userids ≤100 and/or partyids ≤100, closed day interval ≤30 days within the last 180. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BehaviorQuery(List<String> userid, List<Long> partyid, long startTime, long endTime) {
    public BehaviorQuery {
        userid = DtoLists.copyOrNull(userid);
        partyid = DtoLists.copyOrNull(partyid);
    }
}
