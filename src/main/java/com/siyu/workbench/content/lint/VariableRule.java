package com.siyu.workbench.content.lint;

import com.siyu.workbench.content.TemplateVariables;
import java.util.List;

/**
 * Variables must be ones the catalogue knows, written with both braces: an unknown or misspelled one would reach the
 * customer as literal "{客户称乎}". The suggestion comes from {@link TemplateVariables}.
 */
final class VariableRule implements TextRule {
    @Override
    public void check(String field, String text, TextKind kind, List<Finding> out) {
        for (TemplateVariables.UnknownVariable unknown : TemplateVariables.unknown(text)) {
            LocalizedText suggestion = unknown.suggestion()
                    .map(s -> LocalizedText.of("content.lint.unknownVariable.didYouMean", "{" + s + "}"))
                    .orElseGet(() -> LocalizedText.of("content.lint.unknownVariable.hint",
                            String.join(" ", TemplateVariables.all().stream()
                                    .map(TemplateVariables.Variable::placeholder).toList())));
            out.add(new Finding(RuleIds.UNKNOWN_VARIABLE, Severity.ERROR, field, unknown.start(), unknown.end(),
                    LocalizedText.of("content.lint.unknownVariable", "{" + unknown.name() + "}"), suggestion,
                    unknown.suggestion().map(s -> "{" + s + "}").orElse(null)));
        }
        for (int brace : TemplateVariables.strayBraces(text)) {
            out.add(new Finding(RuleIds.VARIABLE_SYNTAX, Severity.ERROR, field, brace, brace + 1,
                    LocalizedText.of("content.lint.variableSyntax", String.valueOf(text.charAt(brace))),
                    LocalizedText.of("content.lint.variableSyntax.hint"), null));
        }
    }
}
