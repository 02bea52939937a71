package com.siyu.workbench.queue.today;

import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.queue.ReasonText;
import com.siyu.workbench.queue.RenderedMessage;
import com.siyu.workbench.queue.TagRef;
import com.siyu.workbench.queue.TaskCard;
import com.siyu.workbench.queue.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Everything the focused task card shows, as text, computed once per focus (so opening the next card is a lookup
 * and a few string joins).
 *
 * @param message  the approved content with the contact's values filled, or the rule's note for calls/reminders
 * @param sendable whether "send" can create a WeCom message task for it
 */
public record CardText(String title, String subtitle, List<TagRef> tags, String channel, String added,
                       String lastTouch, String state, boolean lost, String kind, String reason, String window,
                       String contentLabel, String message, boolean sendable, String status) {

    static CardText of(TaskCard card, RenderedMessage rendered, LocalDate today, Messages m, ReasonText reasons,
                       ZoneId zone) {
        boolean hasRemark = card.remark() != null && !card.remark().isBlank();
        String title = hasRemark ? card.remark() : card.contactName();
        String subtitle = hasRemark ? card.contactName() : "";
        String added = card.addedAt() == null ? "—" : day(card.addedAt(), today, m, reasons, zone);
        String touch = card.lastTouchAt() == null ? m.get("queue.today.card.never")
                : day(card.lastTouchAt(), today, m, reasons, zone);
        String state = card.lost() ? m.get("queue.today.card.lost", card.lostAt() == null ? ""
                : reasons.shortDate(card.lostAt().atZone(zone).toLocalDate())) : m.get("queue.today.card.active");
        String window = card.windowStart() == null ? m.get("queue.today.card.anyTime")
                : m.get("queue.today.card.window", card.windowStart(), card.windowEnd());
        if (card.ruleName() != null) {
            window = m.get("queue.today.card.rule", card.ruleName()) + " · " + window;
        }
        if (card.overdueOn(today)) {
            window = m.get("queue.today.card.overdue", ChronoUnit.DAYS.between(card.dueDate(), today)) + " · "
                    + window;
        }
        String label;
        String message;
        if (rendered != null) {
            label = card.stepNo() != null && card.reason().get("steps") != null
                    ? m.get("queue.today.card.contentStep", rendered.contentName(), rendered.version(), card.stepNo(),
                    card.reason().get("steps"))
                    : m.get("queue.today.card.content", rendered.contentName(), rendered.version());
            message = rendered.text();
        } else {
            label = m.get("queue.today.card.note");
            Object note = card.reason().get("note");
            message = note != null ? note.toString() : m.get("queue.today.card.kindHint." + card.kind().name());
        }
        return new CardText(title, subtitle, card.tags(), card.channel() == null ? m.get("queue.today.card.noChannel")
                : card.channel(), added, touch, state, card.lost(), m.get("queue.today.kind." + card.kind().name()),
                reasons.of(card, today), window, label, message, rendered != null && card.sends() && !card.lost(),
                status(card, m, zone));
    }

    private static String day(Instant at, LocalDate today, Messages m, ReasonText reasons, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        long ago = ChronoUnit.DAYS.between(day, today);
        String when = ago <= 0 ? m.get("queue.when.today") : ago == 1 ? m.get("queue.when.yesterday")
                : m.get("queue.when.daysAgo", ago);
        return reasons.shortDate(day) + " · " + when;
    }

    private static String status(TaskCard card, Messages m, ZoneId zone) {
        if (card.status() == TaskStatus.OPEN) {
            return "";
        }
        Instant at = card.status() == TaskStatus.SNOOZED ? card.snoozedUntil() : card.completedAt();
        String time = at == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(zone));
        String reason = card.status() == TaskStatus.SKIPPED && card.statusReason() != null ? card.statusReason() : "";
        return m.get("queue.today.status." + card.status().name(), time, reason);
    }
}
