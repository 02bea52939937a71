package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.ApprovedContent;
import com.siyu.workbench.queue.StatusReason;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.queue.rules.TriggerType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides, from one member's facts alone, which tasks the rules ask for on the days
 * {@code [today - CATCH_UP_DAYS, today]}. Pure: no database, no clock, so the same facts always give the same
 * candidates (and the rule editor's preview runs exactly what generation runs).
 */
public final class QueuePlanner {
    /** How far back generation catches up after days the app did not run. */
    public static final int CATCH_UP_DAYS = 7;

    private final ZoneId zone;

    public QueuePlanner(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param content approved content by id (what the rules reference, plus the welcome message for greets)
     * @param welcome the approved welcome message shown on greet tasks, or null
     */
    public List<Candidate> plan(List<SopRule> rules, Map<String, ApprovedContent> content, MemberFacts facts,
                                LocalDate day, ApprovedContent welcome) {
        int today = (int) day.toEpochDay();
        List<Candidate> out = new ArrayList<>();
        for (SopRule rule : rules) {
            String id = rule.action().contentId();
            planRule(rule, id == null ? null : content.get(id), facts, today, out);
        }
        Greets.add(out, facts, welcome, today);
        return out;
    }

    private void planRule(SopRule rule, ApprovedContent content, MemberFacts facts, int today, List<Candidate> out) {
        AudienceMatcher audience = new AudienceMatcher(rule.audience(), facts);
        if (!audience.forThisMember()) {
            return;
        }
        List<PlannedStep> steps = PlannedStep.of(rule, content);
        boolean lostTrigger = rule.trigger().type() == TriggerType.CONTACT_LOST;
        int updatedDay = rule.updatedAt() == null ? Integer.MIN_VALUE
                : (int) rule.updatedAt().atZone(zone).toLocalDate().toEpochDay();
        int from = today - CATCH_UP_DAYS;
        int[] anchors = new int[8];
        for (ContactFacts contact : facts.contacts()) {
            if (contact.lost() != lostTrigger || !audience.matches(contact)) {
                continue;
            }
            int[] count = {0};
            int[] buffer = anchors;
            Anchors.of(rule.trigger(), contact, facts.tagEvents().get(contact.externalUserid()), facts.tags(), today,
                    a -> {
                if (count[0] < buffer.length) {
                    buffer[count[0]++] = a;
                }
            });
            for (int i = 0; i < count[0]; i++) {
                int anchor = anchors[i];
                for (PlannedStep step : steps) {
                    int scheduled = anchor + step.offset();
                    if (scheduled < from || scheduled > today) {
                        continue;
                    }
                    StatusReason stop = StopCheck.reason(rule, contact, anchor, step.sends());
                    if (stop != null) {
                        break;
                    }
                    out.add(candidate(rule, updatedDay, facts, contact, anchor, scheduled, step));
                }
            }
        }
    }

    private static Candidate candidate(SopRule rule, int updatedDay, MemberFacts facts, ContactFacts contact,
                                       int anchor, int scheduled, PlannedStep step) {
        String member = facts.userid();
        LocalDate start = LocalDate.ofEpochDay(anchor);
        Map<String, Object> reason = new TreeMap<>();
        reason.put("anchor", start.toString());
        if (rule.trigger().type().usesDays()) {
            reason.put("days", rule.trigger().days());
        }
        if (rule.trigger().type().usesTag()) {
            reason.putAll(tagReason(rule, contact, anchor, facts));
        }
        if (rule.trigger().dateField() != null) {
            reason.put("field", rule.trigger().dateField());
        }
        if (step.totalSteps() > 1) {
            reason.put("step", step.stepNo());
            reason.put("steps", step.totalSteps());
        }
        if (step.missingContent() != null) {
            reason.put("contentMissing", step.missingContent());
        }
        if (rule.action().text() != null && !rule.action().text().isBlank()) {
            reason.put("note", rule.action().text());
        }
        return new Candidate(TaskIds.of(member, contact.externalUserid(), rule.id(), start, step.stepNo()),
                contact.externalUserid(), rule.id(), rule.revision(), updatedDay, step.kind(), rule.action().section(),
                scheduled, step.windowStart(), step.windowEnd(), rule.priority(), rule.trigger().type().name(), reason,
                step.contentId(), step.contentVersion(), step.stepNo() == 0 ? null : step.stepNo(), anchor,
                step.sends(), false);
    }

    /** The tag whose change fired the trigger on {@code anchor}, by id and by name (for the plain-language reason). */
    private static Map<String, Object> tagReason(SopRule rule, ContactFacts contact, int anchor, MemberFacts facts) {
        Map<String, Object> reason = new TreeMap<>();
        List<TagEvent> events = facts.tagEvents().get(contact.externalUserid());
        boolean added = rule.trigger().type() == TriggerType.TAG_ADDED;
        for (TagEvent e : events == null ? List.<TagEvent>of() : events) {
            String id = e.tagId();
            if (e.day() == anchor && e.added() == added
                    && rule.trigger().watches(id, facts.tags().name(id), facts.tags().group(id))) {
                reason.put("tag", id);
                String name = facts.tags().name(id);
                if (name != null) {
                    reason.put("tagName", name);
                }
                break;
            }
        }
        return reason;
    }
}
