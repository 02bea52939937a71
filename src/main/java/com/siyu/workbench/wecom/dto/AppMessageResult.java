package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Answer of message/send: partial failure still succeeds with the invalid recipients listed ("a|b"). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AppMessageResult(String invaliduser, String invalidparty, String invalidtag, String unlicenseduser,
                               String msgid, String responseCode) {
}
