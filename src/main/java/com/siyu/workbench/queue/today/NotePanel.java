package com.siyu.workbench.queue.today;

import com.siyu.workbench.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** A follow-up note on the contact: Ctrl+Enter saves, Esc cancels. The task stays open. */
final class NotePanel implements PanelView {
    private final VBox root;
    private final TextArea text = new TextArea();

    NotePanel(TodayViewModel vm) {
        Messages m = vm.messages();
        text.setId("noteText");
        text.setPromptText(m.get("queue.today.note.prompt"));
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                vm.forms().saveNote(text.getText());
                e.consume();
            }
        });
        Label title = new Label(m.get("queue.today.note.title"));
        title.getStyleClass().add("today-panel-title");
        Label hint = new Label(m.get("queue.today.note.hint"));
        hint.getStyleClass().add("today-muted");
        root = new VBox(6, title, text, hint);
        root.getStyleClass().add("today-panel");
        root.setId("notePanel");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focus() {
        text.requestFocus();
    }
}
