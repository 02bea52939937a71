package com.siyu.workbench.content.lint;

/** The rule ids findings carry (and the CLI prints). Stable: scripts and people filter on them. */
public final class RuleIds {
    public static final String AD_LAW = "ad-law";
    public static final String SENSITIVE = "sensitive-word";
    public static final String LENGTH = "length";
    public static final String ATTACHMENT = "attachment";
    public static final String TOO_MANY_LINKS = "too-many-links";
    public static final String EXCLAMATION = "exclamation";
    public static final String HARD_SELL = "hard-sell";
    public static final String ALL_CAPS = "all-caps";
    public static final String IMPERSONAL = "impersonal";
    public static final String PHONE = "phone-number";
    public static final String RAW_URL = "raw-url";
    public static final String UNKNOWN_VARIABLE = "unknown-variable";
    public static final String VARIABLE_SYNTAX = "variable-syntax";
    public static final String EMPTY = "empty";
    public static final String REQUIRED = "required";
    public static final String STEPS = "steps";
    public static final String SCOPE = "scope";
    public static final String INVITE_LINK = "invite-link";

    private RuleIds() {
    }
}
