package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Answer of {@code add_msg_template}: the task id and the customers it could not include. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MsgTemplateResult(String msgid, List<String> failList) {
    public MsgTemplateResult {
        failList = DtoLists.orEmpty(failList);
    }
}
