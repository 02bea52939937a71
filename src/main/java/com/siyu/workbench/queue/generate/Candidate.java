package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.TaskKind;
import com.siyu.workbench.queue.rules.Section;
import java.time.LocalTime;
import java.util.Map;

/**
 * A task the rules ask for. Generation inserts it unless its id exists, holds it back when a cap is reached, and
 * uses it to bring untouched tasks of an edited rule up to date.
 *
 * @param ruleId        null for the built-in greet task
 * @param scheduledDay  epoch day the step falls on (before today when caught up after days without generation)
 * @param sequenceStart epoch day of the trigger's anchor
 * @param sends         whether the task can become a WeCom message task (counts against the daily cap)
 * @param greet         the new contact's greet-and-tag task (never held back, never dropped)
 */
public record Candidate(String id, String contact, String ruleId, int ruleRevision, int ruleUpdatedDay,
                        TaskKind kind, Section section, int scheduledDay, LocalTime windowStart, LocalTime windowEnd,
                        int priority, String reasonCode, Map<String, Object> reason, String contentId,
                        Integer contentVersion, Integer stepNo, int sequenceStart, boolean sends, boolean greet) {
    public Candidate asGreet() {
        Map<String, Object> more = new java.util.TreeMap<>(reason);
        more.put("greet", true);
        return new Candidate(id, contact, ruleId, ruleRevision, ruleUpdatedDay, kind, section, scheduledDay,
                windowStart, windowEnd, priority, reasonCode, more, contentId, contentVersion, stepNo, sequenceStart,
                sends, true);
    }
}
