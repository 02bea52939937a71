package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A corp tag group of {@code get_corp_tag_list} / {@code add_corp_tag}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CorpTagGroup(String groupId, String groupName, Long createTime, Long order, Boolean deleted,
                           List<CorpTag> tag) {
    public CorpTagGroup {
        tag = DtoLists.orEmpty(tag);
    }
}
