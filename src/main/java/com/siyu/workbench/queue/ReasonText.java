package com.siyu.workbench.queue;

import com.siyu.workbench.i18n.Messages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Says in plain words why a task is in the queue ("3 天前添加，尚未回复 · 剧本第 2/4 步"), from the reason code and
 * facts generation stored with the task, counted from the day being worked on.
 */
public final class ReasonText {
    private final Messages messages;
    private final ZoneId zone;

    public ReasonText(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public String of(TaskCard card, LocalDate today) {
        List<String> parts = new ArrayList<>();
        parts.add(main(card, today));
        Map<String, Object> r = card.reason();
        if (r.get("step") != null && r.get("steps") != null) {
            parts.add(messages.get("queue.reason.step", r.get("step"), r.get("steps")));
        }
        if (r.get("contentMissing") != null) {
            parts.add(messages.get("queue.reason.contentMissing", r.get("contentMissing")));
        }
        if (r.get("heldFrom") != null) {
            String why = card.status() == TaskStatus.HELD && card.statusReason() != null
                    ? messages.get("queue.reason.held." + card.statusReason())
                    : messages.get("queue.reason.held.CAP_DAILY");
            parts.add(messages.get("queue.reason.heldFrom", shortDate(LocalDate.parse(r.get("heldFrom").toString())),
                    why));
        }
        return String.join(messages.get("queue.reason.separator"), parts);
    }

    private String main(TaskCard card, LocalDate today) {
        Map<String, Object> r = card.reason();
        LocalDate anchor = r.get("anchor") == null ? card.dueDate() : LocalDate.parse(r.get("anchor").toString());
        long sinceAnchor = ChronoUnit.DAYS.between(anchor, today);
        Object days = r.getOrDefault("days", 0);
        boolean greet = Boolean.TRUE.equals(r.get("greet"));
        if (greet) {
            return sinceAnchor <= 0 ? messages.get("queue.reason.newContact.today")
                    : messages.get("queue.reason.newContact.ago", sinceAnchor);
        }
        return switch (card.reasonCode()) {
            case "CONTACT_ADDED", "DAYS_SINCE_ADDED" -> added(card, today);
            case "TAG_ADDED" -> messages.get("queue.reason.tagAdded", when(sinceAnchor), tagName(r));
            case "TAG_REMOVED" -> messages.get("queue.reason.tagRemoved", when(sinceAnchor), tagName(r));
            case "DAYS_SINCE_TOUCH" -> card.lastTouchAt() == null
                    ? messages.get("queue.reason.touchNever", daysSince(card.addedAt() == null ? null
                    : card.addedAt().atZone(zone).toLocalDate(), today))
                    : messages.get("queue.reason.touch", daysSince(card.lastTouchAt().atZone(zone).toLocalDate(),
                    today));
            case "DAYS_SINCE_ORDER" -> messages.get("queue.reason.order", sinceAnchor + toLong(days));
            case "DATE_FIELD" -> date(r, anchor, today, toLong(days));
            case "NO_REPLY" -> messages.get("queue.reason.noReply", sinceAnchor + toLong(days));
            case "CONTACT_LOST" -> messages.get("queue.reason.lost", when(sinceAnchor));
            default -> messages.get("queue.reason.rule", card.ruleName() == null ? "" : card.ruleName());
        };
    }

    private String added(TaskCard card, LocalDate today) {
        LocalDate addedDay = card.addedAt() == null ? today : card.addedAt().atZone(zone).toLocalDate();
        long since = ChronoUnit.DAYS.between(addedDay, today);
        String replied = messages.get(card.lastReplyAt() == null ? "queue.reason.notReplied" : "queue.reason.replied");
        return since <= 0 ? messages.get("queue.reason.addedToday", replied)
                : messages.get("queue.reason.added", since, replied);
    }

    private String date(Map<String, Object> r, LocalDate anchor, LocalDate today, long daysBefore) {
        String field = messages.get("queue.reason.field." + r.getOrDefault("field", "BIRTHDAY"));
        long until = ChronoUnit.DAYS.between(today, anchor.plusDays(daysBefore));
        return until <= 0 ? messages.get("queue.reason.dateToday", field)
                : messages.get("queue.reason.dateSoon", until, field);
    }

    /** "11月23日" / "Nov 23". */
    public String shortDate(LocalDate day) {
        return DateTimeFormatter.ofPattern(messages.get("queue.date.short"), messages.language().locale()).format(day);
    }

    private String when(long daysAgo) {
        if (daysAgo <= 0) {
            return messages.get("queue.when.today");
        }
        return daysAgo == 1 ? messages.get("queue.when.yesterday") : messages.get("queue.when.daysAgo", daysAgo);
    }

    private static long daysSince(LocalDate day, LocalDate today) {
        return day == null ? 0 : ChronoUnit.DAYS.between(day, today);
    }

    private String tagName(Map<String, Object> r) {
        Object name = r.get("tagName");
        return name != null ? name.toString() : String.valueOf(r.getOrDefault("tag", ""));
    }

    private static long toLong(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
