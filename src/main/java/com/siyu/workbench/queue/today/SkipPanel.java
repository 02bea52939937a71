package com.siyu.workbench.queue.today;

import com.siyu.workbench.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * Skip with a reason: pick one of the usual reasons (↑/↓ or a digit) or type one; Enter skips, Esc cancels.
 * The reason is required — Enter on an empty field does nothing but say so.
 */
final class SkipPanel implements PanelView {
    private final VBox root;
    private final TextField reason = new TextField();
    private final ListView<String> presets = new ListView<>();

    SkipPanel(TodayViewModel vm) {
        Messages m = vm.messages();
        presets.getItems().setAll(vm.forms().skipPresets());
        presets.setId("skipPresets");
        presets.setFocusTraversable(false);
        presets.setFixedCellSize(30);
        presets.setPrefHeight(presets.getItems().size() * 30 + 4);
        presets.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                reason.setText(now);
                reason.end();
            }
        });
        presets.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.forms().confirmSkip(reason.getText());
            }
        });
        // A digit typed into the empty field picks that preset; handled on KEY_TYPED so the digit itself is not
        // also typed into the reason.
        reason.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            int n = typed.length() == 1 && Character.isDigit(typed.charAt(0)) ? typed.charAt(0) - '1' : -1;
            if (reason.getText().isEmpty() && n >= 0 && n < presets.getItems().size()) {
                presets.getSelectionModel().select(n);
                e.consume();
            }
        });
        presets.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + "  " + item);
            }
        });
        reason.setId("skipReason");
        reason.setPromptText(m.get("queue.today.skip.prompt"));
        reason.setOnKeyPressed(e -> {
            KeyCode code = e.getCode();
            int size = presets.getItems().size();
            int at = presets.getSelectionModel().getSelectedIndex();
            if (code == KeyCode.DOWN) {
                presets.getSelectionModel().select(Math.min(size - 1, at + 1));
                e.consume();
            } else if (code == KeyCode.UP) {
                presets.getSelectionModel().select(Math.max(0, at - 1));
                e.consume();
            } else if (code == KeyCode.ENTER) {
                vm.forms().confirmSkip(reason.getText());
                e.consume();
            }
        });
        Label title = new Label(m.get("queue.today.skip.title"));
        title.getStyleClass().add("today-panel-title");
        Label hint = new Label(m.get("queue.today.skip.hint"));
        hint.getStyleClass().add("today-muted");
        root = new VBox(6, title, presets, reason, hint);
        root.getStyleClass().add("today-panel");
        root.setId("skipPanel");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focus() {
        reason.requestFocus();
    }
}
