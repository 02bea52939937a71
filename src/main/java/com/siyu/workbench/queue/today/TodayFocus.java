package com.siyu.workbench.queue.today;

import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.queue.ReasonText;
import com.siyu.workbench.queue.RenderedMessage;
import com.siyu.workbench.queue.TaskCard;
import com.siyu.workbench.queue.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The walk-through's list and focus: the day's tasks as sectioned rows (filtered by the search), the focused task
 * and its card, and the progress. Everything here is in memory, so moving to the next card never waits.
 */
final class TodayFocus {
    private final Messages messages;
    private final ReasonText reasons;
    private final Clock clock;

    private final ObservableList<TodayRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty focusIndex = new SimpleIntegerProperty(this, "focusIndex", -1);
    private final ObjectProperty<TaskCard> focused = new SimpleObjectProperty<>(this, "focused");
    private final ObjectProperty<CardText> card = new SimpleObjectProperty<>(this, "card");
    private final StringProperty dateText = new SimpleStringProperty(this, "dateText", "");
    private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);

    private List<TaskCard> tasks = new ArrayList<>();
    private Map<String, RenderedMessage> rendered = new HashMap<>();
    private LocalDate day;
    private String search = "";

    TodayFocus(Messages messages, ReasonText reasons, Clock clock) {
        this.messages = messages;
        this.reasons = reasons;
        this.clock = clock;
    }

    /** A freshly read day; keeps the focus on {@code keep} when it is still there. */
    void show(LocalDate newDay, List<TaskCard> newTasks, Map<String, RenderedMessage> messagesById, String keep,
              boolean focusFirstOpen) {
        day = newDay;
        dateText.set(messages.get("queue.today.date", reasons.shortDate(day),
                messages.get("queue.today.weekday." + day.getDayOfWeek().getValue())));
        tasks = new ArrayList<>(newTasks);
        rendered = messagesById;
        rebuild();
        if (keep != null && indexOf(keep) >= 0) {
            focus(indexOf(keep));
        } else if (focusFirstOpen || focused.get() == null) {
            focusNextOpen(-1);
        }
    }

    void search(String text) {
        search = text == null ? "" : text;
        rebuild();
    }

    private void rebuild() {
        if (day == null) {
            return;
        }
        String keep = focused.get() == null ? null : focused.get().id();
        rows.setAll(TodayList.rows(tasks, day, search));
        updateProgress();
        int index = keep == null ? -1 : indexOf(keep);
        if (index >= 0) {
            focus(index);
        } else {
            focusNextOpen(-1);
        }
    }

    private void updateProgress() {
        long total = tasks.stream().filter(TodayList::counts).count();
        long handled = tasks.stream().filter(t -> t.status().handled()).count();
        progressText.set(messages.get("queue.today.progress", handled, total));
        progress.set(total == 0 ? 0 : (double) handled / total);
    }

    /** Focuses the row the guide clicked (headers focus nothing). */
    void select(int index) {
        if (index >= 0 && index < rows.size() && !rows.get(index).isHeader()) {
            focus(index);
        }
    }

    /** J / K: the next or previous task row, whatever its state. */
    void move(int step) {
        for (int next = focusIndex.get() + step; next >= 0 && next < rows.size(); next += step) {
            if (!rows.get(next).isHeader()) {
                focus(next);
                return;
            }
        }
    }

    /** Shows an action's result at once and opens the next task still to do. */
    void markLocally(TaskCard task, TaskStatus status) {
        int at = indexOf(task.id());
        tasks.replaceAll(t -> t.id().equals(task.id()) ? t.withStatus(status, t.statusReason(), t.snoozedUntil()) : t);
        TaskCard updated = tasks.stream().filter(t -> t.id().equals(task.id())).findFirst().orElseThrow();
        if (at >= 0) {
            rows.set(at, TodayRow.task(rows.get(at).group(), updated));
        }
        updateProgress();
        focusNextOpen(at);
    }

    /** The next task still to do below {@code after}, else from the top; the first task when none is left. */
    private void focusNextOpen(int after) {
        Instant now = clock.instant();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = pass == 0 ? after + 1 : 0; i < rows.size(); i++) {
                TodayRow row = rows.get(i);
                if (!row.isHeader() && TodayList.actionable(row.task(), now)) {
                    focus(i);
                    return;
                }
            }
        }
        if (focused.get() == null || indexOf(focused.get().id()) < 0) {
            int first = -1;
            for (int i = 0; i < rows.size() && first < 0; i++) {
                first = rows.get(i).isHeader() ? -1 : i;
            }
            if (first >= 0) {
                focus(first);
            } else {
                focusIndex.set(-1);
                focused.set(null);
                card.set(null);
            }
        }
    }

    private void focus(int index) {
        TaskCard task = rows.get(index).task();
        focusIndex.set(index);
        focused.set(task);
        card.set(CardText.of(task, rendered.get(task.id()), day, messages, reasons, clock.getZone()));
    }

    private int indexOf(String taskId) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isHeader() && rows.get(i).task().id().equals(taskId)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the day has tasks and none is left to do. */
    boolean allHandled() {
        Instant now = clock.instant();
        return !tasks.isEmpty() && tasks.stream().noneMatch(t -> TodayList.actionable(t, now));
    }

    LocalDate day() {
        return day;
    }

    ObservableList<TodayRow> rows() {
        return rows;
    }

    IntegerProperty focusIndexProperty() {
        return focusIndex;
    }

    ObjectProperty<TaskCard> focusedProperty() {
        return focused;
    }

    ObjectProperty<CardText> cardProperty() {
        return card;
    }

    /** The day shown, with its weekday. */
    StringProperty dateTextProperty() {
        return dateText;
    }

    StringProperty progressTextProperty() {
        return progressText;
    }

    DoubleProperty progressProperty() {
        return progress;
    }
}
