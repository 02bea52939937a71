package com.siyu.workbench.content.lint;

/** The editable word lists, stored by name in {@code content_lint_lists}. */
public enum LintList {
    /** Advertising-Law absolute terms. {@code 最?} = 最 followed by any one letter (最好, 最佳 …). */
    AD_LAW,
    /** Words that contain an absolute term but make no claim (最近, 第一次 …): a match inside one is not reported. */
    AD_LAW_ALLOWED,
    /** Sensitive words an admin maintains (platform and compliance red lines). */
    SENSITIVE,
    /** Hard-sell phrasing that makes a message read like an ad rather than a person. */
    HARD_SELL
}
