package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.StatusReason;
import com.siyu.workbench.queue.TaskStatus;
import com.siyu.workbench.queue.rules.SopRule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what the rules ask for with what the table holds and decides the changes. Tasks a guide worked on are
 * never changed; untouched ones follow the current rules; unfinished ones of a stopped sequence are cancelled.
 */
public final class Reconciler {
    private Reconciler() {
    }

    /**
     * The first epoch days a run may add tasks for.
     *
     * @param catchUpFrom for rules: the day after the last generation (at most a week back)
     * @param greetFrom   for greets: a week back, but not before the member's first generation
     */
    public record Window(int catchUpFrom, int greetFrom) {
    }

    /** @param othersSends per contact, sends other members have on {@code today} */
    public static Reconciliation reconcile(List<Candidate> candidates, List<ExistingTask> existing,
                                           List<SopRule> enabledRules, MemberFacts facts, int today,
                                           Window window, Map<String, Integer> othersSends) {
        Reconciliation out = new Reconciliation();
        Map<String, ExistingTask> byId = new HashMap<>(existing.size() * 2);
        existing.forEach(t -> byId.put(t.id(), t));
        Map<String, SopRule> rules = new HashMap<>();
        enabledRules.forEach(r -> rules.put(r.id(), r));
        Set<String> produced = new HashSet<>();
        CapAllocator caps = new CapAllocator(today, enabledRules, othersSends);
        for (Candidate c : candidates) {
            produced.add(c.id());
            ExistingTask task = byId.get(c.id());
            if (task == null) {
                int from = c.greet() && c.ruleId() == null ? window.greetFrom()
                        : Math.max(window.catchUpFrom(), c.ruleUpdatedDay());
                if (c.scheduledDay() >= from) {
                    caps.contend(c);
                }
            } else if (task.status().untouched() && c.ruleId() != null && task.ruleRevision() != c.ruleRevision()) {
                out.updates.add(c);
            }
        }
        Map<String, ContactFacts> contacts = new HashMap<>(facts.contacts().size() * 2);
        facts.contacts().forEach(f -> contacts.put(f.externalUserid(), f));
        for (ExistingTask task : existing) {
            if (!task.status().unfinished()) {
                caps.occupy(task);
                continue;
            }
            if (task.status().untouched() && isObsolete(task, rules, produced, today)) {
                out.deletes.add(task.id());
                continue;
            }
            ContactFacts contact = contacts.get(task.contact());
            StatusReason stop = contact == null ? StatusReason.LOST
                    : StopCheck.reason(task.ruleId() == null ? null : rules.get(task.ruleId()), contact,
                    task.sequenceStart(), task.sends());
            if (stop != null) {
                out.cancels.put(task.id(), stop);
            } else if (task.status() == TaskStatus.HELD && task.dueDay() <= today) {
                caps.contend(task);
            } else {
                caps.occupy(task);
            }
        }
        caps.allocate(out);
        return out;
    }

    private static boolean isObsolete(ExistingTask task, Map<String, SopRule> rules, Set<String> produced,
                                      int today) {
        if (task.ruleId() == null) {
            return false;
        }
        SopRule rule = rules.get(task.ruleId());
        if (rule == null) {
            return true;
        }
        return rule.revision() != task.ruleRevision() && !produced.contains(task.id())
                && task.dueDay() >= today - QueuePlanner.CATCH_UP_DAYS;
    }
}
