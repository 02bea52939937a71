package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.ApprovedContent;
import com.siyu.workbench.queue.TaskKind;
import com.siyu.workbench.queue.rules.Section;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "不能让用户断点": every new contact gets a greet-and-tag task on the day they were added, whatever the rules say.
 * When a rule already puts a new-customer message on that day (a script's first step), that task is the greet;
 * otherwise a built-in greet task is added, showing the approved welcome message when there is one. A contact the
 * member already touched since adding needs no separate greet. Looks back {@link QueuePlanner#CATCH_UP_DAYS} so a
 * contact synced late, or added while the app was closed, is not dropped.
 */
final class Greets {
    /** Sorts before every rule's priority. */
    static final int PRIORITY = 1000;

    private Greets() {
    }

    static void add(List<Candidate> out, MemberFacts facts, ApprovedContent welcome, int today) {
        Map<String, Integer> firstDayTask = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.section() == Section.NEW && c.sends()) {
                firstDayTask.putIfAbsent(c.contact() + '|' + c.scheduledDay(), i);
            }
        }
        for (ContactFacts contact : facts.contacts()) {
            int added = contact.addedDay();
            if (contact.lost() || added > today || added < today - QueuePlanner.CATCH_UP_DAYS) {
                continue;
            }
            Integer index = firstDayTask.get(contact.externalUserid() + '|' + added);
            if (index != null) {
                out.set(index, out.get(index).asGreet());
            } else if (!contact.touchedSince(added)) {
                out.add(standalone(facts.userid(), contact, welcome));
            }
        }
    }

    private static Candidate standalone(String member, ContactFacts contact, ApprovedContent welcome) {
        LocalDate day = LocalDate.ofEpochDay(contact.addedDay());
        Map<String, Object> reason = new TreeMap<>();
        reason.put("anchor", day.toString());
        reason.put("greet", true);
        boolean hasText = welcome != null && !welcome.steps().isEmpty();
        return new Candidate(TaskIds.of(member, contact.externalUserid(), TaskIds.GREET, day, 0),
                contact.externalUserid(), null, 0, Integer.MIN_VALUE, TaskKind.GREET, Section.NEW,
                contact.addedDay(), null, null, PRIORITY, "NEW_CONTACT", reason,
                hasText ? welcome.id() : null, hasText ? welcome.version() : null, null, contact.addedDay(),
                hasText, true);
    }
}
