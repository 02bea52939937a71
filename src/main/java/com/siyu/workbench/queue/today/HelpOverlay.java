package com.siyu.workbench.queue.today;

import com.siyu.workbench.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The keys, listed from {@link TodayAction} (the same definitions the shortcuts and buttons use). */
final class HelpOverlay implements PanelView {
    private final VBox root;

    HelpOverlay(Messages m) {
        GridPane keys = new GridPane();
        keys.setHgap(14);
        keys.setVgap(6);
        int row = 0;
        for (TodayAction action : TodayAction.values()) {
            Label key = new Label(action.keyLabel());
            key.getStyleClass().add("today-key");
            keys.addRow(row++, key, new Label(m.get(action.labelKey())));
        }
        Label esc = new Label("Esc");
        esc.getStyleClass().add("today-key");
        keys.addRow(row, esc, new Label(m.get("queue.today.help.escape")));
        Label title = new Label(m.get("queue.today.help.title"));
        title.getStyleClass().add("today-panel-title");
        root = new VBox(10, title, keys);
        root.getStyleClass().addAll("today-overlay");
        root.setId("helpOverlay");
        root.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focus() {
        // read-only: the keys keep working underneath
    }
}
