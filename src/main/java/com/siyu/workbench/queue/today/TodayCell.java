package com.siyu.workbench.queue.today;

import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.queue.TaskCard;
import com.siyu.workbench.queue.TaskStatus;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A line of the task list: a section header with counts, or a task (kind, name, time, status mark). */
final class TodayCell extends ListCell<TodayRow> {
    private final Messages messages;
    private final Label kind = new Label();
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label mark = new Label();
    private final HBox line;

    TodayCell(Messages messages) {
        this.messages = messages;
        kind.getStyleClass().add("today-row-kind");
        name.getStyleClass().add("today-row-name");
        detail.getStyleClass().add("today-row-detail");
        mark.getStyleClass().add("today-row-mark");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        name.setMinWidth(40);
        HBox.setHgrow(name, Priority.SOMETIMES);
        line = new HBox(8, kind, name, gap, detail, mark);
        line.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(TodayRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("today-section-header", "today-row", "today-row-finished", "today-row-held");
        setText(null);
        setGraphic(null);
        setId(null);
        if (empty || row == null) {
            return;
        }
        if (row.isHeader()) {
            getStyleClass().add("today-section-header");
            setText(messages.get("queue.today.header", messages.get(row.group().labelKey()), row.open(), row.total()));
            setId("section-" + row.group().name().toLowerCase(java.util.Locale.ROOT));
            return;
        }
        TaskCard task = row.task();
        getStyleClass().add("today-row");
        if (task.status().handled() || task.status() == TaskStatus.CANCELLED) {
            getStyleClass().add("today-row-finished");
        } else if (task.status() == TaskStatus.HELD) {
            getStyleClass().add("today-row-held");
        }
        kind.setText(messages.get("queue.today.glyph." + task.kind().name()));
        boolean hasRemark = task.remark() != null && !task.remark().isBlank();
        name.setText(hasRemark ? task.remark() : task.contactName());
        String time = task.windowStart() == null ? "" : task.windowStart().toString();
        Object steps = task.reason().get("steps");
        detail.setText(task.stepNo() != null && steps != null
                ? (time.isEmpty() ? "" : time + " · ") + task.stepNo() + "/" + steps : time);
        mark.setText(messages.get("queue.today.mark." + task.status().name()));
        setGraphic(line);
        setId("task-" + task.id());
    }
}
