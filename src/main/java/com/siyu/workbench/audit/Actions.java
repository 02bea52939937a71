package com.siyu.workbench.audit;

/**
 * The activity-log vocabulary. Every feature logs with these names and the team dashboards count them, so a name
 * is a contract: add new ones, never rename or reuse one.
 */
public final class Actions {
    public static final String SIGN_IN = "session.signin";
    public static final String TASK_SENT = "task.sent";
    public static final String TASK_COPIED = "task.copied";
    public static final String TASK_DONE = "task.done";
    /** details: {@code reason}. */
    public static final String TASK_SKIPPED = "task.skipped";
    /** details: {@code until} (ISO instant). */
    public static final String TASK_SNOOZED = "task.snoozed";
    /** The customer answered (a stop condition for sequences). */
    public static final String CONTACT_REPLIED = "contact.replied";
    public static final String CONTACT_NOTE = "contact.note";
    /** details: {@code add}, {@code remove} (tag ids). */
    public static final String CONTACT_TAGS = "contact.tags";
    public static final String CONTACT_REMARK = "contact.remark";
    public static final String CONTENT_CREATED = "content.created";
    public static final String CONTENT_EDITED = "content.edited";
    public static final String CONTENT_SUBMITTED = "content.submitted";
    public static final String CONTENT_APPROVED = "content.approved";
    /** details: {@code reason}. */
    public static final String CONTENT_REJECTED = "content.rejected";
    public static final String CONTENT_RETIRED = "content.retired";
    public static final String CONTENT_IMPORTED = "content.imported";
    public static final String RULE_EDITED = "rule.edited";
    public static final String ROLES_CHANGED = "roles.changed";
    public static final String SETTINGS_CHANGED = "settings.changed";
    public static final String ORDERS_IMPORTED = "orders.imported";
    public static final String ORDER_MATCHED = "orders.matched";
    /** details: kind, counts, seconds, error. */
    public static final String SYNC_RUN = "sync.run";
    public static final String OUTBOX_RESOLVED = "outbox.resolved";
    public static final String DATA_EXPORTED = "data.exported";

    private Actions() {
    }
}
