package com.siyu.workbench.queue;

import com.siyu.workbench.queue.rules.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * One task with what the guide needs to act on it: the contact (name, remark, tags, channel, added, last touch,
 * lost or active), why (reason code and facts), what to send (content id, version, step) and when.
 */
public record TaskCard(String id, String memberUserid, String contactId, String contactName, String remark,
                       List<TagRef> tags, String channel, Instant addedAt, Instant lastTouchAt, Instant lastReplyAt,
                       boolean lost,
                       Instant lostAt, String ruleId, String ruleName, TaskKind kind, Section section,
                       LocalDate dueDate, LocalTime windowStart, LocalTime windowEnd, int priority, String reasonCode,
                       Map<String, Object> reason, String contentId, Integer contentVersion, Integer stepNo,
                       TaskStatus status, String statusReason, Instant snoozedUntil, Instant completedAt) {
    public TaskCard {
        tags = List.copyOf(tags);
        reason = Map.copyOf(reason);
    }

    /** Whether the task has approved content it can send as a WeCom message task. */
    public boolean sends() {
        return contentVersion != null && kind != TaskKind.CALL && kind != TaskKind.REMINDER;
    }

    public boolean overdueOn(LocalDate day) {
        return dueDate.isBefore(day);
    }

    public TaskCard withStatus(TaskStatus next, String reasonText, Instant until) {
        return new TaskCard(id, memberUserid, contactId, contactName, remark, tags, channel, addedAt, lastTouchAt, lastReplyAt, lost,
                lostAt, ruleId, ruleName, kind, section, dueDate, windowStart, windowEnd, priority, reasonCode,
                reason, contentId, contentVersion, stepNo, next, reasonText, until, completedAt);
    }

    public TaskCard withTags(List<TagRef> newTags) {
        return new TaskCard(id, memberUserid, contactId, contactName, remark, newTags, channel, addedAt, lastTouchAt,
                lastReplyAt, lost, lostAt, ruleId, ruleName, kind, section, dueDate, windowStart, windowEnd, priority, reasonCode,
                reason, contentId, contentVersion, stepNo, status, statusReason, snoozedUntil, completedAt);
    }

    public TaskCard withLastTouch(Instant at) {
        return new TaskCard(id, memberUserid, contactId, contactName, remark, tags, channel, addedAt, at, lastReplyAt, lost, lostAt,
                ruleId, ruleName, kind, section, dueDate, windowStart, windowEnd, priority, reasonCode, reason,
                contentId, contentVersion, stepNo, status, statusReason, snoozedUntil, completedAt);
    }
}
