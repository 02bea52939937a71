package com.siyu.workbench.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An approved group-invite template: the 1v1 invite text and attachments, the target group, and the join way once
 * WeCom created it ({@code joinWayConfigId}; {@code joinQrCode} is the QR/link — pasted by the author, or from
 * WeCom's answer when the pusher recorded one).
 */
public record ApprovedInvite(String id, int version, String name, Scope scope, String text,
                             List<Attachment> attachments, String targetChatId, String groupWelcomeText,
                             Optional<String> joinWayConfigId, Optional<String> joinQrCode) {
    public String render(Map<String, String> values) {
        return TemplateVariables.render(text, values);
    }
}
