package com.siyu.workbench.queue.today;

import com.siyu.workbench.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Snooze: ↑/↓ or a digit picks when, Enter confirms; or type a time ("15:30" today, or the next day if past).
 */
final class SnoozePanel implements PanelView {
    private final VBox root;
    private final ListView<SnoozeOption> options = new ListView<>();
    private final TextField custom = new TextField();

    SnoozePanel(TodayViewModel vm) {
        Messages m = vm.messages();
        Instant now = vm.clock().instant();
        List<SnoozeOption> possible = new ArrayList<>();
        for (SnoozeOption option : SnoozeOption.values()) {
            if (option.until(now, vm.clock().getZone()) != null) {
                possible.add(option);
            }
        }
        options.getItems().setAll(possible);
        options.setId("snoozeOptions");
        options.setFixedCellSize(30);
        options.setPrefHeight(possible.size() * 30 + 4);
        options.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SnoozeOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + "   " + m.get(item.labelKey())
                        + "   " + when(item.until(now, vm.clock().getZone()), now, vm, m));
            }
        });
        options.getSelectionModel().selectFirst();
        options.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && options.getSelectionModel().getSelectedItem() != null) {
                vm.forms().confirmSnooze(options.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode().isDigitKey()) {
                int n = Integer.parseInt(e.getCode().getChar()) - 1;
                if (n >= 0 && n < options.getItems().size()) {
                    vm.forms().confirmSnooze(options.getItems().get(n));
                    e.consume();
                }
            }
        });
        options.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && options.getSelectionModel().getSelectedItem() != null) {
                vm.forms().confirmSnooze(options.getSelectionModel().getSelectedItem());
            }
        });
        custom.setId("snoozeTime");
        custom.setPromptText(m.get("queue.today.snooze.customPrompt"));
        custom.setPrefColumnCount(6);
        custom.setOnAction(e -> customTime(vm));
        Label title = new Label(m.get("queue.today.snooze.title"));
        title.getStyleClass().add("today-panel-title");
        Label customLabel = new Label(m.get("queue.today.snooze.custom"));
        HBox customRow = new HBox(8, customLabel, custom);
        customRow.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, title, options, customRow);
        root.getStyleClass().add("today-panel");
        root.setId("snoozePanel");
    }

    /** "10:30" today, "11月24日 09:00" another day. */
    private static String when(Instant at, Instant now, TodayViewModel vm, Messages m) {
        ZonedDateTime time = at.atZone(vm.clock().getZone());
        String clock = DateTimeFormatter.ofPattern("HH:mm").format(time);
        if (time.toLocalDate().equals(now.atZone(vm.clock().getZone()).toLocalDate())) {
            return clock;
        }
        return DateTimeFormatter.ofPattern(m.get("queue.date.short"), m.language().locale()).format(time) + " " + clock;
    }

    private void customTime(TodayViewModel vm) {
        try {
            LocalTime time = LocalTime.parse(custom.getText().strip());
            ZonedDateTime now = vm.clock().instant().atZone(vm.clock().getZone());
            ZonedDateTime at = LocalDate.from(now).atTime(time).atZone(vm.clock().getZone());
            vm.forms().confirmSnooze((at.isAfter(now) ? at : at.plusDays(1)).toInstant());
        } catch (DateTimeParseException e) {
            custom.getStyleClass().add("error");
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focus() {
        options.requestFocus();
    }
}
