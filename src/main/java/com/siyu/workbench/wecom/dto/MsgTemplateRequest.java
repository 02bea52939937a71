package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Body of {@code add_msg_template}: {@code chat_type} "single" (customers) or "group"; it only creates a task that the sender must confirm. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MsgTemplateRequest(String chatType, List<String> externalUserid, List<String> chatIdList, String sender,
                                 Boolean allowSelect, TextContent text, List<Attachment> attachments) {
    public MsgTemplateRequest {
        externalUserid = DtoLists.copyOrNull(externalUserid);
        chatIdList = DtoLists.copyOrNull(chatIdList);
        attachments = DtoLists.copyOrNull(attachments);
    }

    /** A 1v1 task: the sender sends {@code text} (+ attachments) to the given customers. */
    public static MsgTemplateRequest single(String sender, List<String> externalUserids, TextContent text,
                                            List<Attachment> attachments) {
        return new MsgTemplateRequest("single", externalUserids, null, sender, null, text, attachments);
    }
}
