package com.siyu.workbench.queue.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule was not saved because of {@link #problems()}; nothing was written. */
public final class RuleValidationException extends RuntimeException {
    private final transient List<RuleProblem> problems;

    public RuleValidationException(List<RuleProblem> problems) {
        super("Rule not saved: " + problems.stream().map(RuleProblem::messageKey).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
