package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.rules.Trigger;
import com.siyu.workbench.queue.rules.TriggerType;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The anchor days a trigger yields for one contact: the day the trigger fired, from which the rule's steps count
 * their day offsets. Most triggers yield at most one; tag triggers one per noticed change; date fields one per
 * nearby year (so a birthday early in January is seen from late December).
 */
final class Anchors {
    private Anchors() {
    }

    static void of(Trigger trigger, ContactFacts c, List<TagEvent> events, TagIndex tags, int today,
                   IntConsumer out) {
        int none = ContactFacts.NONE;
        switch (trigger.type()) {
            case CONTACT_ADDED -> out.accept(c.addedDay());
            case DAYS_SINCE_ADDED -> out.accept(c.addedDay() + trigger.days());
            case DAYS_SINCE_TOUCH -> out.accept((c.lastTouchDay() != none ? c.lastTouchDay() : c.addedDay())
                    + trigger.days());
            case DAYS_SINCE_ORDER -> {
                if (c.lastOrderDay() != none) {
                    out.accept(c.lastOrderDay() + trigger.days());
                }
            }
            case NO_REPLY -> {
                // A reply on the same day as the last outgoing touch counts as an answer to it.
                if (c.lastOutboundDay() != none && c.lastReplyDay() < c.lastOutboundDay()) {
                    out.accept(c.lastOutboundDay() + trigger.days());
                }
            }
            case CONTACT_LOST -> {
                if (c.lost() && c.lostDay() != none) {
                    out.accept(c.lostDay());
                }
            }
            case TAG_ADDED, TAG_REMOVED -> tagEvents(trigger, events, tags, out);
            case DATE_FIELD -> dateField(trigger, c, today, out);
            default -> throw new IllegalStateException("Unhandled trigger " + trigger.type());
        }
    }

    private static void tagEvents(Trigger trigger, List<TagEvent> events, TagIndex tags, IntConsumer out) {
        if (events == null) {
            return;
        }
        boolean added = trigger.type() == TriggerType.TAG_ADDED;
        for (TagEvent event : events) {
            String id = event.tagId();
            if (event.added() == added && trigger.watches(id, tags.name(id), tags.group(id))) {
                out.accept(event.day());
            }
        }
    }

    private static void dateField(Trigger trigger, ContactFacts c, int today, IntConsumer out) {
        MonthDay date = c.dates() == null ? null : c.dates().get(trigger.dateField());
        if (date == null) {
            return;
        }
        int year = LocalDate.ofEpochDay(today).getYear();
        for (int y = year - 1; y <= year + 1; y++) {
            out.accept((int) date.atYear(y).toEpochDay() - trigger.days());
        }
    }
}
