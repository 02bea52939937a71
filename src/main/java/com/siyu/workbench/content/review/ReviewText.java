package com.siyu.workbench.content.review;

import com.siyu.workbench.content.Attachment;
import com.siyu.workbench.content.ContentBody;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.Scope;
import com.siyu.workbench.content.ScriptStep;
import com.siyu.workbench.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A version as the lines a reviewer compares: labelled fields, then each message's text line by line and its
 * attachments. Two versions rendered this way diff meaningfully (a changed day offset is one changed line).
 */
public final class ReviewText {
    /** How scope targets and customer groups read: by their names in the local copy, else by their ids. */
    public record Names(Map<Scope, String> scopes, Map<String, String> groups) {
        public static final Names IDS = new Names(Map.of(), Map.of());

        String scope(Scope scope) {
            return scope.value() == null ? "" : scopes.getOrDefault(scope, scope.value());
        }

        String group(String chatId) {
            return chatId == null ? "" : groups.getOrDefault(chatId, chatId);
        }
    }

    private final Messages messages;

    public ReviewText(Messages messages) {
        this.messages = messages;
    }

    public List<String> lines(ContentBody body) {
        return lines(body, Names.IDS);
    }

    public List<String> lines(ContentBody body, Names names) {
        List<String> lines = new ArrayList<>();
        if (body == null) {
            return lines;
        }
        lines.add(messages.get("content.review.line.name", body.name()));
        if (body.type() == ContentType.SCRIPT) {
            lines.add(messages.get("content.review.line.scene", nullToEmpty(body.scene())));
            lines.add(messages.get("content.review.line.audience", String.join("、", body.audience())));
            for (int i = 0; i < body.steps().size(); i++) {
                ScriptStep s = body.steps().get(i);
                String window = s.windowStart() == null ? messages.get("content.preview.anyTime")
                        : s.windowStart() + "–" + s.windowEnd();
                lines.add(messages.get("content.review.line.step", i + 1, s.dayOffset(), window));
                text(s.text(), lines);
                attachments(s.attachments(), lines);
            }
            return lines;
        }
        lines.add(messages.get("content.review.line.scope", messages.get("content.scope." + body.scope().type().name()),
                names.scope(body.scope())));
        if (body.type() == ContentType.INVITE) {
            lines.add(messages.get("content.review.line.group", names.group(body.targetChatId())));
            lines.add(messages.get("content.review.line.join", nullToEmpty(body.joinQrCode())));
        }
        lines.add(messages.get("content.review.line.text"));
        text(body.text(), lines);
        attachments(body.attachments(), lines);
        if (body.groupWelcomeText() != null) {
            lines.add(messages.get("content.review.line.groupWelcome"));
            text(body.groupWelcomeText(), lines);
        }
        return lines;
    }

    private static void text(String text, List<String> lines) {
        lines.addAll(Arrays.asList((text == null ? "" : text).split("\n", -1)));
    }

    private void attachments(List<Attachment> attachments, List<String> lines) {
        for (Attachment a : attachments) {
            String detail = a instanceof Attachment.Link l ? nullToEmpty(l.title()) + " · " + nullToEmpty(l.desc())
                    + " · " + nullToEmpty(l.url()) : a.label();
            lines.add(messages.get("content.review.line.attachment", messages.get("content.attachment." + a.msgtype()),
                    detail));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
