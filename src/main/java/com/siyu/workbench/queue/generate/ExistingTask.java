package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.TaskStatus;

/**
 * A task already in the table, as generation needs to see it.
 *
 * @param sends         has content it can send (counts against the daily cap)
 * @param completedDay  epoch day it was completed (sent…), or {@link ContactFacts#NONE}
 * @param heldFrom      the day a held task was first due ('YYYY-MM-DD'), or null
 */
public record ExistingTask(String id, String contact, String ruleId, int ruleRevision, TaskStatus status, int dueDay,
                           int sequenceStart, boolean sends, int priority, int completedDay,
                           String heldFrom) {
}
