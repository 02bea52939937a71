package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Body of {@code add_corp_tag}: {@code group_id} to add into an existing group, else {@code group_name} (+ order). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AddCorpTagRequest(String groupId, String groupName, Long order, List<NewCorpTag> tag, Long agentid) {
    public AddCorpTagRequest {
        tag = DtoLists.copyOrNull(tag);
    }
}
