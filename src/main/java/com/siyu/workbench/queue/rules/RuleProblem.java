package com.siyu.workbench.queue.rules;

import java.util.List;

/** Something wrong with a rule as edited: the field it concerns and the UI text key (with its arguments). */
public record RuleProblem(String field, String messageKey, List<Object> args) {
    public RuleProblem {
        args = List.copyOf(args);
    }

    static RuleProblem of(String field, String key, Object... args) {
        return new RuleProblem(field, key, List.of(args));
    }
}
