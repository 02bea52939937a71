package com.siyu.workbench.content.lint;

import java.util.List;

/** A check of one message text. Rules are pure: same text, same findings. */
interface TextRule {
    void check(String field, String text, TextKind kind, List<Finding> out);
}
