package com.siyu.workbench.audit;

/**
 * The append-only activity log. Appending inside a caller's transaction joins it, so an action and its log entry
 * commit together or not at all.
 */
public interface ActivityLog {
    ActivityEntry append(ActivityEvent event);
}
