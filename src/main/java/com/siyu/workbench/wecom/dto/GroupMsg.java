package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** An item of {@code group_msg_list}; {@code create_time} arrives as a number or a numeric string (both accepted). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GroupMsg(String msgid, String creator,
                       @JsonDeserialize(using = LenientEpochSeconds.class) Long createTime, Integer createType,
                       TextContent text, List<Attachment> attachments) {
    public GroupMsg {
        attachments = DtoLists.orEmpty(attachments);
    }
}
