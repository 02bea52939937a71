package com.siyu.workbench.content.lint;

import com.siyu.workbench.content.Attachment;
import java.util.List;

/** WeCom's attachment rules (add_msg_template / send_welcome_msg): at most 9, required fields, byte limits. */
final class AttachmentRule {
    static final int MAX_ATTACHMENTS = 9;

    void check(String prefix, List<Attachment> attachments, List<Finding> out) {
        if (attachments.size() > MAX_ATTACHMENTS) {
            out.add(new Finding(RuleIds.ATTACHMENT, Severity.ERROR, prefix, 0, 0,
                    LocalizedText.of("content.lint.attachments.tooMany", attachments.size(), MAX_ATTACHMENTS),
                    LocalizedText.of("content.lint.attachments.tooMany.hint"), null));
        }
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            String field = prefix + "[" + i + "]." + a.msgtype();
            if (a instanceof Attachment.Link link) {
                text(field + ".title", link.title(), 128, true, out);
                text(field + ".desc", link.desc(), 512, false, out);
                text(field + ".picurl", link.picurl(), 2048, false, out);
                text(field + ".url", link.url(), 2048, true, out);
                if (present(link.url()) && !link.url().strip().matches("(?i)https?://\\S+")) {
                    out.add(new Finding(RuleIds.ATTACHMENT, Severity.ERROR, field + ".url", 0, link.url().length(),
                            LocalizedText.of("content.lint.attachments.badUrl"),
                            LocalizedText.of("content.lint.attachments.badUrl.hint"), null));
                }
            } else if (a instanceof Attachment.MiniProgram mp) {
                text(field + ".title", mp.title(), 64, true, out);
                text(field + ".pic_media_id", mp.picMediaId(), Integer.MAX_VALUE, true, out);
                text(field + ".appid", mp.appid(), Integer.MAX_VALUE, true, out);
                text(field + ".page", mp.page(), Integer.MAX_VALUE, true, out);
            } else if (a instanceof Attachment.Image image) {
                if (!present(image.mediaId()) && !present(image.picUrl())) {
                    missing(field + ".media_id", out);
                }
            } else if (a instanceof Attachment.File file) {
                text(field + ".media_id", file.mediaId(), Integer.MAX_VALUE, true, out);
            } else if (a instanceof Attachment.Video video) {
                text(field + ".media_id", video.mediaId(), Integer.MAX_VALUE, true, out);
            }
        }
    }

    private static void text(String field, String value, int maxBytes, boolean required, List<Finding> out) {
        if (!present(value)) {
            if (required) {
                missing(field, out);
            }
            return;
        }
        int bytes = LengthRule.utf8Length(value);
        if (bytes > maxBytes) {
            out.add(new Finding(RuleIds.LENGTH, Severity.ERROR, field, LengthRule.indexAtByte(value, maxBytes),
                    value.length(), LocalizedText.of("content.lint.length", bytes, maxBytes),
                    LocalizedText.of("content.lint.length.hint", bytes - maxBytes), null));
        }
    }

    private static void missing(String field, List<Finding> out) {
        out.add(new Finding(RuleIds.ATTACHMENT, Severity.ERROR, field, 0, 0,
                LocalizedText.of("content.lint.attachments.missing", field.substring(field.lastIndexOf('.') + 1)),
                LocalizedText.of("content.lint.attachments.missing.hint"), null));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
