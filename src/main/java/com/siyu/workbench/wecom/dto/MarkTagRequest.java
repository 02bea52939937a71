package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Body of {@code mark_tag}; add and remove must not both be empty. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MarkTagRequest(String userid, String externalUserid, List<String> addTag, List<String> removeTag) {
    public MarkTagRequest {
        addTag = DtoLists.copyOrNull(addTag);
        removeTag = DtoLists.copyOrNull(removeTag);
    }
}
