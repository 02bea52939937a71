package com.siyu.workbench.queue.rules;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A rule in the editor's list: its name (marked when disabled) over a one-line summary. */
final class RuleCell extends ListCell<SopRule> {
    private final Function<SopRule, String> summary;
    private final String disabledMark;

    RuleCell(Function<SopRule, String> summary, String disabledMark) {
        this.summary = summary;
        this.disabledMark = disabledMark;
    }

    @Override
    protected void updateItem(SopRule rule, boolean empty) {
        super.updateItem(rule, empty);
        if (empty || rule == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label name = new Label(rule.name());
        name.getStyleClass().add("rules-list-name");
        Label line = new Label(summary.apply(rule));
        line.getStyleClass().add("today-muted");
        VBox box = new VBox(2, name, line);
        // A cell never widens the list: long names end in "…" instead of a horizontal scroll bar.
        setPrefWidth(0);
        if (!rule.enabled()) {
            box.getStyleClass().add("rules-disabled");
            name.setText(rule.name() + "  " + disabledMark);
        }
        setGraphic(box);
        setText(null);
    }
}
