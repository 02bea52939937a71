package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Filter of {@code groupchat/list} (without paging): status_filter 0 all; owner userids ≤100 (none = all visible owners). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GroupChatListQuery(Integer statusFilter, List<String> ownerUserids) {
    public GroupChatListQuery {
        ownerUserids = DtoLists.copyOrNull(ownerUserids);
    }

    public static GroupChatListQuery all() {
        return new GroupChatListQuery(0, null);
    }
}
