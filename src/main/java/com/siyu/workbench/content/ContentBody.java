package com.siyu.workbench.content;

import java.util.List;
import java.util.Objects;

/**
 * What a version says: everything an author edits. Scripts keep their texts in {@code steps}; welcome messages and
 * invite templates in {@code text} and {@code attachments}. Invite templates also name the target customer group
 * ({@code targetChatId}), optionally a join link/QR the author pasted ({@code joinQrCode}) and the text WeCom shows
 * in the group when someone joins ({@code groupWelcomeText}).
 */
public record ContentBody(ContentType type, String name, String scene, List<String> audience, Scope scope,
                          String text, List<Attachment> attachments, String targetChatId, String joinQrCode,
                          String groupWelcomeText, List<ScriptStep> steps) {
    public ContentBody {
        Objects.requireNonNull(type);
        name = name == null ? "" : name.strip();
        scene = blankToNull(scene);
        audience = audience == null ? List.of()
                : audience.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        scope = type == ContentType.SCRIPT ? null : scope == null ? Scope.DEFAULT : scope;
        text = type == ContentType.SCRIPT ? null : text == null ? "" : text;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        targetChatId = type == ContentType.INVITE ? blankToNull(targetChatId) : null;
        joinQrCode = type == ContentType.INVITE ? blankToNull(joinQrCode) : null;
        groupWelcomeText = type == ContentType.INVITE ? blankToNull(groupWelcomeText) : null;
        steps = type == ContentType.SCRIPT && steps != null ? List.copyOf(steps) : List.of();
    }

    public static ContentBody script(String name, String scene, List<String> audience, List<ScriptStep> steps) {
        return new ContentBody(ContentType.SCRIPT, name, scene, audience, null, null, List.of(), null, null, null,
                steps);
    }

    public static ContentBody welcome(String name, Scope scope, String text, List<Attachment> attachments) {
        return new ContentBody(ContentType.WELCOME, name, null, List.of(), scope, text, attachments, null, null, null,
                List.of());
    }

    public static ContentBody invite(String name, Scope scope, String text, List<Attachment> attachments,
                                     String targetChatId, String groupWelcomeText) {
        return new ContentBody(ContentType.INVITE, name, null, List.of(), scope, text, attachments, targetChatId, null,
                groupWelcomeText, List.of());
    }

    public ContentBody withName(String newName) {
        return new ContentBody(type, newName, scene, audience, scope, text, attachments, targetChatId, joinQrCode,
                groupWelcomeText, steps);
    }

    public ContentBody withText(String newText) {
        return new ContentBody(type, name, scene, audience, scope, newText, attachments, targetChatId, joinQrCode,
                groupWelcomeText, steps);
    }

    public ContentBody withSteps(List<ScriptStep> newSteps) {
        return new ContentBody(type, name, scene, audience, scope, text, attachments, targetChatId, joinQrCode,
                groupWelcomeText, newSteps);
    }

    public ContentBody withJoinQrCode(String qr) {
        return new ContentBody(type, name, scene, audience, scope, text, attachments, targetChatId, qr,
                groupWelcomeText, steps);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
