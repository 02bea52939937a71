package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One of {@code attachments[]} of add_msg_template / send_welcome_msg: {@code msgtype} names the one sub-object that is set. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Attachment(String msgtype, ImageContent image, LinkContent link, MiniProgramContent miniprogram,
                         MediaContent video, MediaContent file) {
    public static Attachment image(ImageContent image) {
        return new Attachment("image", image, null, null, null, null);
    }

    public static Attachment link(LinkContent link) {
        return new Attachment("link", null, link, null, null, null);
    }

    public static Attachment miniprogram(MiniProgramContent miniprogram) {
        return new Attachment("miniprogram", null, null, miniprogram, null, null);
    }

    public static Attachment video(MediaContent video) {
        return new Attachment("video", null, null, null, video, null);
    }

    public static Attachment file(MediaContent file) {
        return new Attachment("file", null, null, null, null, file);
    }
}
