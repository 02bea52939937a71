package com.siyu.workbench.queue.rules;

import java.util.List;
import java.util.Optional;

/** SOP rules in {@code sop_rules}. Rules are disabled, never deleted: tasks keep pointing at them. */
public interface RuleRepository {
    List<SopRule> all();

    List<SopRule> enabled();

    Optional<SopRule> find(String id);

    /** Inserts or replaces the rule as given (revision included), joining the caller's transaction. */
    void save(SopRule rule);

    /** Inserts the rule unless a rule with its id exists; returns whether it was inserted. */
    boolean insertIfAbsent(SopRule rule);
}
