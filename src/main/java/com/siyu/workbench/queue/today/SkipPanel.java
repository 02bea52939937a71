package com.siyu.workbench.queue.today;

import com.siyu.workbench.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
        presets.getItems().setAll(vm.skipPresets());
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
                vm.confirmSkip(reason.getText());
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
            } else if (code.isDigitKey() && reason.getText().isEmpty()) {
                int n = Integer.parseInt(code.getChar()) - 1;
                if (n >= 0 && n < size) {
                    presets.getSelectionModel().select(n);
                    e.consume();
                }
            } else if (code == KeyCode.ENTER) {
                vm.confirmSkip(reason.getText());
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
