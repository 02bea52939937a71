package com.siyu.workbench.contacts;

import java.time.Instant;

/**
 * One event in a customer's history, newest first in the profile.
 *
 * @param action  for {@link Kind#LOG}, the activity-log action ({@code task.sent}, {@code contact.tags}…); for
 *                {@link Kind#TASK} the task's kind; for {@link Kind#NOTE} written on a task card, that task's kind
 *                ({@code ""} when the task no longer exists), null for a note written on the profile
 * @param summary data for the line (tag names, note text, order id and amount); the view adds the words
 */
public record TimelineEntry(Instant at, Kind kind, String action, String memberUserid, String memberName,
                            String summary) {
    public enum Kind {
        /** The member added the customer (follow createtime). */
        ADDED,
        /** The customer deleted the member. */
        LOST,
        /** A queue task still open for the customer. */
        TASK,
        /** Something a member did, from the activity log: sends, task outcomes, tag and remark edits. */
        LOG,
        NOTE,
        ORDER
    }
}
