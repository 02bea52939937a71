package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.StatusReason;
import com.siyu.workbench.queue.TaskStatus;
import com.siyu.workbench.queue.rules.SopRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places today's new and held tasks under the two caps: WeCom delivers one template message per customer per day
 * (whichever member sends it), and a rule may limit its tasks per member per day. What does not fit moves to
 * tomorrow as HELD, with the reason; one that would move beyond {@link #MAX_HELD_DAYS} days past its first day is
 * cancelled as expired instead of piling up. The greet task is never held. Order: greet, priority, older first, then by
 * contact id (any fixed order keeps generation deterministic).
 */
final class CapAllocator {
    /** A held touch is moved at most this many days past its first day; then it is dropped rather than moved again. */
    static final int MAX_HELD_DAYS = 3;

    private record Contender(String id, String contact, String ruleId, boolean sends, boolean greet, int priority,
                             int scheduledDay, Candidate candidate, String heldFrom) {
    }

    private final int today;
    private final Map<String, Integer> ruleCaps = new HashMap<>();
    private final Map<String, Integer> sendsToday;
    private final Map<String, Integer> ruleToday = new HashMap<>();
    private final List<Contender> contenders = new ArrayList<>();
    private final List<Candidate> overdue = new ArrayList<>();
    private final List<String> expired = new ArrayList<>();

    CapAllocator(int today, List<SopRule> rules, Map<String, Integer> othersSends) {
        this.today = today;
        this.sendsToday = new HashMap<>(othersSends);
        for (SopRule rule : rules) {
            if (rule.cap().maxPerDay() != null) {
                ruleCaps.put(rule.id(), rule.cap().maxPerDay());
            }
        }
    }

    /** An existing task that already uses today's capacity (or not, if it is for another day). */
    void occupy(ExistingTask task) {
        boolean sendsToday = task.sends() && (task.status() == TaskStatus.SENT ? task.completedDay() == today
                : task.dueDay() == today && (task.status() == TaskStatus.OPEN || task.status() == TaskStatus.SNOOZED));
        if (sendsToday) {
            this.sendsToday.merge(task.contact(), 1, Integer::sum);
        }
        if (task.ruleId() != null && task.dueDay() == today && task.status() != TaskStatus.CANCELLED
                && task.status() != TaskStatus.HELD) {
            ruleToday.merge(task.ruleId(), 1, Integer::sum);
        }
    }

    /** A new task; one for a past day (caught up) is added as it is, overdue. */
    void contend(Candidate c) {
        if (c.scheduledDay() < today) {
            overdue.add(c);
        } else {
            contenders.add(new Contender(c.id(), c.contact(), c.ruleId(), c.sends(), c.greet(), c.priority(),
                    c.scheduledDay(), c, null));
        }
    }

    /** A task held back earlier and due again. */
    void contend(ExistingTask held) {
        if (held.heldFrom() != null && today - LocalDate.parse(held.heldFrom()).toEpochDay() > MAX_HELD_DAYS) {
            expired.add(held.id());
            return;
        }
        contenders.add(new Contender(held.id(), held.contact(), held.ruleId(), held.sends(), false, held.priority(),
                held.dueDay(), null, held.heldFrom()));
    }

    void allocate(Reconciliation out) {
        expired.forEach(id -> out.cancels.put(id, StatusReason.EXPIRED));
        for (Candidate c : overdue) {
            out.inserts.add(new Reconciliation.Insert(c, TaskStatus.OPEN, c.scheduledDay(), null, null));
        }
        contenders.sort(Comparator.comparing(Contender::greet).reversed()
                .thenComparing(Comparator.comparingInt(Contender::priority).reversed())
                .thenComparingInt(Contender::scheduledDay)
                .thenComparing(Contender::contact)
                .thenComparing(Contender::id));
        for (Contender c : contenders) {
            StatusReason held = heldReason(c);
            if (held == null) {
                if (c.sends()) {
                    sendsToday.merge(c.contact(), 1, Integer::sum);
                }
                if (c.ruleId() != null) {
                    ruleToday.merge(c.ruleId(), 1, Integer::sum);
                }
            }
            TaskStatus status = held == null ? TaskStatus.OPEN : TaskStatus.HELD;
            int due = held == null ? today : today + 1;
            if (c.candidate() != null) {
                String from = held == null ? null : LocalDate.ofEpochDay(c.scheduledDay()).toString();
                out.inserts.add(new Reconciliation.Insert(c.candidate(), status, due, held, from));
            } else {
                out.moves.add(new Reconciliation.Move(c.id(), status, due, held, c.heldFrom()));
            }
        }
    }

    private StatusReason heldReason(Contender c) {
        if (c.greet()) {
            return null;
        }
        if (c.sends() && sendsToday.getOrDefault(c.contact(), 0) >= 1) {
            return StatusReason.CAP_DAILY;
        }
        Integer cap = c.ruleId() == null ? null : ruleCaps.get(c.ruleId());
        if (cap != null && ruleToday.getOrDefault(c.ruleId(), 0) >= cap) {
            return StatusReason.RULE_CAP;
        }
        return null;
    }
}
