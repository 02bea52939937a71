package com.siyu.workbench.audit;

/** How often tasks were skipped for one reason; an empty reason means the rep gave none. */
public record SkipReasonCount(String reason, long count) {
    public SkipReasonCount plus(SkipReasonCount o) {
        return new SkipReasonCount(reason, count + o.count);
    }
}
