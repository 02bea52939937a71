package com.siyu.workbench.content.lint;

import java.util.Locale;

/** Errors block submission and approval; warnings are shown and do not. */
public enum Severity {
    ERROR, WARNING;

    /** {@code error} / {@code warning}, as the CLI prints it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
