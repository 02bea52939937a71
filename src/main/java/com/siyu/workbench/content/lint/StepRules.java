package com.siyu.workbench.content.lint;

import com.siyu.workbench.content.ScriptStep;
import java.util.List;

/** A script needs steps, in day order, each with a sensible send window. */
final class StepRules {
    void check(List<ScriptStep> steps, List<Finding> out) {
        if (steps.isEmpty()) {
            out.add(error("steps", "content.lint.steps.none", "content.lint.steps.none.hint"));
            return;
        }
        int previousDay = 0;
        for (int i = 0; i < steps.size(); i++) {
            ScriptStep step = steps.get(i);
            String field = "steps[" + i + "]";
            if (step.dayOffset() < 0) {
                out.add(error(field + ".dayOffset", "content.lint.steps.negativeDay", "content.lint.steps.order.hint"));
            } else if (step.dayOffset() < previousDay) {
                out.add(error(field + ".dayOffset", "content.lint.steps.order", "content.lint.steps.order.hint",
                        i + 1));
            }
            previousDay = Math.max(previousDay, step.dayOffset());
            boolean oneSided = (step.windowStart() == null) != (step.windowEnd() == null);
            if (oneSided || step.windowStart() != null && !step.windowStart().isBefore(step.windowEnd())) {
                out.add(error(field + ".window", "content.lint.steps.window", "content.lint.steps.window.hint",
                        i + 1));
            }
        }
    }

    private static Finding error(String field, String key, String hintKey, Object... args) {
        return new Finding(RuleIds.STEPS, Severity.ERROR, field, 0, 0, LocalizedText.of(key, args),
                LocalizedText.of(hintKey), null);
    }
}
