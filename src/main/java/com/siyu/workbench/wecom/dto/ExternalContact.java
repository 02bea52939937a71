package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.JsonNode;

/** The {@code external_contact} object (customer profile) of {@code externalcontact/get} and {@code batch/get_by_user}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExternalContact(String externalUserid, String name, String avatar, Integer type, Integer gender,
                              String unionid, String position, String corpName, String corpFullName,
                              JsonNode externalProfile) {
    public static final int TYPE_WECHAT = 1;
    public static final int TYPE_WECOM = 2;
}
