package com.siyu.workbench.queue.today;

import com.siyu.workbench.queue.TagRef;
import com.siyu.workbench.queue.TaskCard;
import com.siyu.workbench.queue.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a day's tasks into the list the guide walks: sections in working order with their counts, tasks inside a
 * section by send window, then priority, then name. Finished tasks stay where they were (dimmed by the view) so the
 * list does not jump while the guide works.
 */
final class TodayList {
    private static final Comparator<TaskCard> ORDER = Comparator
            .comparing((TaskCard t) -> t.windowStart() == null ? LocalTime.MAX : t.windowStart())
            .thenComparing(Comparator.comparingInt(TaskCard::priority).reversed())
            .thenComparing(TaskCard::dueDate)
            .thenComparing(t -> t.contactName() == null ? "" : t.contactName())
            .thenComparing(TaskCard::id);

    private TodayList() {
    }

    static List<TodayRow> rows(List<TaskCard> tasks, LocalDate today, String search) {
        Map<TodayGroup, List<TaskCard>> groups = new EnumMap<>(TodayGroup.class);
        for (TaskCard task : tasks) {
            if (matches(task, search)) {
                groups.computeIfAbsent(TodayGroup.of(task, today), g -> new ArrayList<>()).add(task);
            }
        }
        List<TodayRow> rows = new ArrayList<>();
        for (Map.Entry<TodayGroup, List<TaskCard>> entry : groups.entrySet()) {
            List<TaskCard> inGroup = entry.getValue();
            inGroup.sort(ORDER);
            int open = (int) inGroup.stream().filter(t -> t.status().unfinished()).count();
            rows.add(TodayRow.header(entry.getKey(), open, inGroup.size()));
            inGroup.forEach(t -> rows.add(TodayRow.task(entry.getKey(), t)));
        }
        return rows;
    }

    /** Whether the guide can act on the task now (a snoozed one only once its time has come). */
    static boolean actionable(TaskCard task, Instant now) {
        return task.status() == TaskStatus.OPEN
                || task.status() == TaskStatus.SNOOZED && (task.snoozedUntil() == null
                || !task.snoozedUntil().isAfter(now));
    }

    /** Tasks that count in the day's progress: everything but what moved to tomorrow. */
    static boolean counts(TaskCard task) {
        return task.status() != TaskStatus.HELD && task.status() != TaskStatus.CANCELLED;
    }

    private static boolean matches(TaskCard task, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String q = search.strip().toLowerCase(Locale.ROOT);
        if (contains(task.contactName(), q) || contains(task.remark(), q) || contains(task.ruleName(), q)
                || contains(task.channel(), q)) {
            return true;
        }
        for (TagRef tag : task.tags()) {
            if (contains(tag.name(), q)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }
}
