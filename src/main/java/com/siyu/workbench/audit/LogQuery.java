package com.siyu.workbench.audit;

import java.util.Objects;
import java.util.Set;

/** A rep's log entries of some actions (all when {@code actions} is empty) in a range, newest first. */
public record LogQuery(String memberUserid, Set<String> actions, DateRange range, int limit) {
    public static final int DEFAULT_LIMIT = 1_000;

    public LogQuery {
        Objects.requireNonNull(memberUserid, "memberUserid");
        Objects.requireNonNull(range, "range");
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    public LogQuery(String memberUserid, Set<String> actions, DateRange range) {
        this(memberUserid, actions, range, DEFAULT_LIMIT);
    }
}
