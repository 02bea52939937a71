package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Body of {@code message/send} (app message to members): touser "a|b" or "@all"; agentid is filled in from the client configuration when null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AppMessage(String touser, String toparty, String totag, String msgtype, Long agentid,
                         TextContent text, TextCard textcard, TextContent markdown, Integer safe,
                         Integer enableDuplicateCheck, Integer duplicateCheckInterval) {
    public static AppMessage text(String touser, String content) {
        return new AppMessage(touser, null, null, "text", null, new TextContent(content), null, null, null, null, null);
    }

    public static AppMessage textcard(String touser, TextCard card) {
        return new AppMessage(touser, null, null, "textcard", null, null, card, null, null, null, null);
    }

    public static AppMessage markdown(String touser, String content) {
        return new AppMessage(touser, null, null, "markdown", null, null, null, new TextContent(content), null, null,
                null);
    }

    public AppMessage withAgentid(long id) {
        return new AppMessage(touser, toparty, totag, msgtype, id, text, textcard, markdown, safe, enableDuplicateCheck,
                duplicateCheckInterval);
    }
}
