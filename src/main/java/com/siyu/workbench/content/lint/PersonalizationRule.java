package com.siyu.workbench.content.lint;

import com.siyu.workbench.content.TemplateVariables;
import java.util.List;

/**
 * "说人话": a message with no variable and no 您/你 talks at nobody in particular. Reported over the whole text, as a
 * warning (a short reply like "收到，马上安排" is fine without).
 */
final class PersonalizationRule implements TextRule {
    @Override
    public void check(String field, String text, TextKind kind, List<Finding> out) {
        if (text.isBlank() || TemplateVariables.isPersonalized(text) || text.contains("您") || text.contains("你")) {
            return;
        }
        out.add(new Finding(RuleIds.IMPERSONAL, Severity.WARNING, field, 0, text.length(),
                LocalizedText.of("content.lint.impersonal"),
                LocalizedText.of("content.lint.impersonal.hint", TemplateVariables.CUSTOMER_SALUTATION), null));
    }
}
