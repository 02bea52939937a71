package com.siyu.workbench.queue.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * One SOP rule: when (trigger), for whom (audience), what (action), when in the day (timing), until when (stop)
 * and how many (cap). {@code revision} grows with each edit; tasks remember the revision that made them, so an edit
 * regenerates only that rule's untouched tasks. Priority: higher first.
 */
public record SopRule(String id, String name, boolean enabled, int priority, Trigger trigger, Audience audience,
                      RuleAction action, Timing timing, StopConditions stop, RuleCap cap, int revision,
                      String updatedBy, Instant updatedAt) {
    public SopRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(action, "action");
        audience = audience == null ? Audience.everyone() : audience;
        timing = timing == null ? Timing.ANY_TIME : timing;
        stop = stop == null ? StopConditions.NONE : stop;
        cap = cap == null ? RuleCap.NONE : cap;
        name = name == null ? "" : name.strip();
    }

    public SopRule withEnabled(boolean on) {
        return new SopRule(id, name, on, priority, trigger, audience, action, timing, stop, cap, revision, updatedBy,
                updatedAt);
    }

    public SopRule withAudience(Audience value) {
        return new SopRule(id, name, enabled, priority, trigger, value, action, timing, stop, cap, revision,
                updatedBy, updatedAt);
    }

    public SopRule withTrigger(Trigger value) {
        return new SopRule(id, name, enabled, priority, value, audience, action, timing, stop, cap, revision,
                updatedBy, updatedAt);
    }

    public SopRule withAction(RuleAction value) {
        return new SopRule(id, name, enabled, priority, trigger, audience, value, timing, stop, cap, revision,
                updatedBy, updatedAt);
    }

    public SopRule withTiming(Timing value) {
        return new SopRule(id, name, enabled, priority, trigger, audience, action, value, stop, cap, revision,
                updatedBy, updatedAt);
    }

    public SopRule withStop(StopConditions value) {
        return new SopRule(id, name, enabled, priority, trigger, audience, action, timing, value, cap, revision,
                updatedBy, updatedAt);
    }

    public SopRule withCap(RuleCap value) {
        return new SopRule(id, name, enabled, priority, trigger, audience, action, timing, stop, value, revision,
                updatedBy, updatedAt);
    }

    public SopRule withPriority(int value) {
        return new SopRule(id, name, enabled, value, trigger, audience, action, timing, stop, cap, revision,
                updatedBy, updatedAt);
    }

    /** The stored copy after an edit: next revision, who and when. */
    public SopRule revised(int nextRevision, String by, Instant at) {
        return new SopRule(id, name, enabled, priority, trigger, audience, action, timing, stop, cap, nextRevision,
                by, at);
    }
}
