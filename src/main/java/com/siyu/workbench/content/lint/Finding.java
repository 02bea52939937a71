package com.siyu.workbench.content.lint;

/**
 * One lint finding: which rule, how bad, where ({@code field} plus the character range {@code [start, end)} inside
 * that field's text; 0/0 for fields without text such as an attachment list), what is wrong and what to do about
 * it. {@code replacement}, when present, is text that can replace the range as-is (a corrected variable name).
 *
 * @param field {@code name}, {@code text}, {@code groupWelcomeText}, {@code steps[0].text},
 *              {@code attachments[1].link.title}, {@code steps} …
 */
public record Finding(String rule, Severity severity, String field, int start, int end, LocalizedText message,
                      LocalizedText suggestion, String replacement) {
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same finding about the same range of another field (a step's text instead of the editor's). */
    public Finding inField(String otherField) {
        return new Finding(rule, severity, otherField, start, end, message, suggestion, replacement);
    }
}
