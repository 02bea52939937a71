package com.siyu.workbench.content.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Latin words in capitals (SALE, FREE, HURRY) read as shouting. Three letters or fewer are acronyms (VIP, APP). */
final class AllCapsRule implements TextRule {
    private static final Pattern CAPS = Pattern.compile("(?<![A-Za-z])[A-Z]{4,}(?![A-Za-z])");

    @Override
    public void check(String field, String text, TextKind kind, List<Finding> out) {
        Matcher m = CAPS.matcher(text);
        while (m.find()) {
            String word = m.group();
            String lower = word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
            out.add(new Finding(RuleIds.ALL_CAPS, Severity.WARNING, field, m.start(), m.end(),
                    LocalizedText.of("content.lint.allCaps", word), LocalizedText.of("content.lint.allCaps.hint"),
                    lower));
        }
    }
}
