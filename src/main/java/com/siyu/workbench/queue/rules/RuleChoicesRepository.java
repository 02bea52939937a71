package com.siyu.workbench.queue.rules;

/** Reads what the rule editor's pickers offer. */
public interface RuleChoicesRepository {
    RuleChoices load();
}
