package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A tag in {@code follow_user[].tags} of {@code externalcontact/get}; type 1 corp, 2 personal (no tag_id), 3 strategy. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FollowTag(String groupName, String tagName, String tagId, Integer type) {
}
