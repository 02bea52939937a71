package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The answer of {@code externalcontact/get}: the customer and its followers (one page of them; {@code next_cursor} only past 500 followers). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ContactDetail(ExternalContact externalContact, List<FollowInfo> followUser, String nextCursor) {
    public ContactDetail {
        followUser = DtoLists.orEmpty(followUser);
        nextCursor = nextCursor == null ? "" : nextCursor;
    }
}
