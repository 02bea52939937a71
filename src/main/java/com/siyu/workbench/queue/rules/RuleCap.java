package com.siyu.workbench.queue.rules;

/**
 * The rule's own limit, on top of WeCom's one template message per customer per day.
 *
 * @param maxPerDay at most this many of the rule's tasks in one member's day; the rest move to the next day
 *                  (null: no limit)
 */
public record RuleCap(Integer maxPerDay) {
    public static final RuleCap NONE = new RuleCap(null);

    public RuleCap {
        if (maxPerDay != null && maxPerDay < 1) {
            throw new IllegalArgumentException("maxPerDay must be at least 1");
        }
    }
}
