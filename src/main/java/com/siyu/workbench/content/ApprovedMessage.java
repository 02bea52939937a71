package com.siyu.workbench.content;

import java.util.List;
import java.util.Map;

/** An approved welcome message (or invite text) with the scope it was chosen by. */
public record ApprovedMessage(String id, int version, String name, Scope scope, String text,
                              List<Attachment> attachments) {
    /** The text with variables filled from {@code values} (fallbacks where a value is missing). */
    public String render(Map<String, String> values) {
        return TemplateVariables.render(text, values);
    }
}
