package com.siyu.workbench.content.lint;

import com.siyu.workbench.i18n.Messages;

/** Renders findings in the UI language. */
public final class LintMessages {
    private final Messages messages;

    public LintMessages(Messages messages) {
        this.messages = messages;
    }

    public String message(Finding finding) {
        return text(finding.message());
    }

    public String suggestion(Finding finding) {
        return finding.suggestion() == null ? "" : text(finding.suggestion());
    }

    public String text(LocalizedText text) {
        return messages.get(text.key(), text.argArray());
    }
}
