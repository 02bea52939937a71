package com.siyu.workbench.audit;

import java.util.Map;
import java.util.Objects;

/**
 * Something a member (or the system) did, about to be logged. {@code action} is {@code <feature>.<verb>},
 * e.g. {@code task.done}, {@code content.approved}, {@code sync.run}; details hold what the action needs to be
 * understood later (skip reason, tag ids…), never secrets.
 */
public record ActivityEvent(String memberUserid, String action, String externalUserid, String taskId,
                            String contentId, Integer contentVersion, Map<String, Object> details) {
    public ActivityEvent {
        Objects.requireNonNull(memberUserid);
        Objects.requireNonNull(action);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static ActivityEvent of(String memberUserid, String action) {
        return new ActivityEvent(memberUserid, action, null, null, null, null, Map.of());
    }

    public ActivityEvent withContact(String externalUserid) {
        return new ActivityEvent(memberUserid, action, externalUserid, taskId, contentId, contentVersion, details);
    }

    public ActivityEvent withTask(String id) {
        return new ActivityEvent(memberUserid, action, externalUserid, id, contentId, contentVersion, details);
    }

    public ActivityEvent withContent(String id, Integer version) {
        return new ActivityEvent(memberUserid, action, externalUserid, taskId, id, version, details);
    }

    public ActivityEvent withDetails(Map<String, Object> more) {
        return new ActivityEvent(memberUserid, action, externalUserid, taskId, contentId, contentVersion, more);
    }
}
