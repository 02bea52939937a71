package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A group welcome template: body of group_welcome_template/add (no template_id) and /edit (with it), and the answer of /get. Only one non-text type is used by WeCom (image > link > miniprogram > file > video). {@code notify} (0/1) is named {@code notifyMembers} here (a record cannot have a {@code notify()} accessor). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GroupWelcomeTemplate(String templateId, TextContent text, ImageContent image, LinkContent link,
                                   MiniProgramContent miniprogram, MediaContent file, MediaContent video,
                                   Long agentid,
                                   @JsonProperty("notify") Integer notifyMembers) {
    public GroupWelcomeTemplate withTemplateId(String id) {
        return new GroupWelcomeTemplate(id, text, image, link, miniprogram, file, video, agentid, notifyMembers);
    }
}
