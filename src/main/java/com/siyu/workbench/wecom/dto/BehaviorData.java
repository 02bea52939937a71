package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One day of get_user_behavior_data; reply_percentage and avg_reply_time are absent on days without chats. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BehaviorData(long statTime, Integer chatCnt, Integer messageCnt, Double replyPercentage,
                           Double avgReplyTime, Integer negativeFeedbackCnt, Integer newApplyCnt,
                           Integer newContactCnt) {
}
