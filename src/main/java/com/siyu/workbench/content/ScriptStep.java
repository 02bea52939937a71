package com.siyu.workbench.content;

import java.time.LocalTime;
import java.util.List;

/**
 * One message of a script: sent {@code dayOffset} days after the sequence starts (0 = the same day), preferably
 * inside {@code [windowStart, windowEnd]} (both null = any time), with text and WeCom attachments.
 */
public record ScriptStep(int dayOffset, LocalTime windowStart, LocalTime windowEnd, String text,
                         List<Attachment> attachments) {
    public ScriptStep {
        text = text == null ? "" : text;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static ScriptStep of(int dayOffset, String text) {
        return new ScriptStep(dayOffset, null, null, text, List.of());
    }

    public ScriptStep withText(String newText) {
        return new ScriptStep(dayOffset, windowStart, windowEnd, newText, attachments);
    }
}
