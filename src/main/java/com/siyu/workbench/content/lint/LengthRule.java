package com.siyu.workbench.content.lint;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** WeCom counts UTF-8 bytes (a Chinese character is 3), not characters. Reports from the first byte over. */
final class LengthRule implements TextRule {
    @Override
    public void check(String field, String text, TextKind kind, List<Finding> out) {
        int total = utf8Length(text);
        if (total <= kind.maxBytes()) {
            return;
        }
        int over = indexAtByte(text, kind.maxBytes());
        out.add(new Finding(RuleIds.LENGTH, Severity.ERROR, field, over, text.length(),
                LocalizedText.of("content.lint.length", total, kind.maxBytes()),
                LocalizedText.of("content.lint.length.hint", total - kind.maxBytes()), null));
    }

    static int utf8Length(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The char index where the text's UTF-8 encoding passes {@code limit} bytes. */
    static int indexAtByte(String text, int limit) {
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > limit) {
                return i;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return text.length();
    }
}
