package com.siyu.workbench.content.lint;

import java.util.List;

/**
 * Exclamation marks shout: a run of two or more ({@code !!}, {@code ！！！}) is reported where it is; without runs,
 * more than three in one message is reported at the fourth.
 */
final class ExclamationRule implements TextRule {
    static final int MAX_PER_MESSAGE = 3;

    @Override
    public void check(String field, String text, TextKind kind, List<Finding> out) {
        int count = 0;
        int fourth = -1;
        boolean reportedRun = false;
        for (int i = 0; i < text.length(); i++) {
            if (!isBang(text.charAt(i))) {
                continue;
            }
            int end = i;
            while (end < text.length() && isBang(text.charAt(end))) {
                end++;
            }
            if (end - i >= 2) {
                out.add(finding(field, i, end, end - i));
                reportedRun = true;
            }
            for (int j = i; j < end; j++) {
                count++;
                if (count == MAX_PER_MESSAGE + 1) {
                    fourth = j;
                }
            }
            i = end - 1;
        }
        if (!reportedRun && fourth >= 0) {
            out.add(finding(field, fourth, fourth + 1, count));
        }
    }

    private static Finding finding(String field, int start, int end, int count) {
        return new Finding(RuleIds.EXCLAMATION, Severity.WARNING, field, start, end,
                LocalizedText.of("content.lint.exclamation", count), LocalizedText.of("content.lint.exclamation.hint"),
                null);
    }

    private static boolean isBang(char c) {
        return c == '!' || c == '！';
    }
}
