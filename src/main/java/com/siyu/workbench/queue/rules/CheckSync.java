package com.siyu.workbench.queue.rules;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.controlsfx.control.CheckComboBox;

/**
 * Keeps a {@link CheckComboBox} of {@link Choice}s and a list of chosen values in step, both ways. A value no choice
 * offers any more (a deleted tag) is kept and shown by its raw value, so opening and saving a rule never drops it.
 */
final class CheckSync {
    private final CheckComboBox<Choice> box;
    private final ObservableList<String> values;
    private boolean updating;

    private CheckSync(CheckComboBox<Choice> box, ObservableList<String> values) {
        this.box = box;
        this.values = values;
    }

    static void bind(CheckComboBox<Choice> box, ObservableList<String> values, String emptyText) {
        CheckSync sync = new CheckSync(box, values);
        box.getProperties().put("emptyText", emptyText);
        box.setShowCheckedCount(false);
        sync.updateTitle();
        values.addListener((ListChangeListener<String>) change -> sync.toBox());
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) change -> sync.toValues());
    }

    /** New choices to offer (after a reload), keeping what is checked. */
    static void offer(CheckComboBox<Choice> box, List<Choice> choices, ObservableList<String> values) {
        List<Choice> items = new ArrayList<>(choices);
        box.getItems().setAll(items);
        new CheckSync(box, values).toBox();
    }

    private void toBox() {
        if (updating) {
            return;
        }
        updating = true;
        try {
            for (String value : values) {
                if (box.getItems().stream().noneMatch(c -> c.value().equals(value))) {
                    box.getItems().add(new Choice(value, value));
                }
            }
            box.getCheckModel().clearChecks();
            for (Choice choice : box.getItems()) {
                if (values.contains(choice.value())) {
                    box.getCheckModel().check(choice);
                }
            }
            updateTitle();
        } finally {
            updating = false;
        }
    }

    private void toValues() {
        if (updating) {
            return;
        }
        updating = true;
        try {
            values.setAll(box.getCheckModel().getCheckedItems().stream().map(Choice::value).toList());
            updateTitle();
        } finally {
            updating = false;
        }
    }

    private void updateTitle() {
        // Without a title the box lists the checked choices; with nothing checked it says what empty means.
        box.setTitle(box.getCheckModel().getCheckedItems().isEmpty()
                ? (String) box.getProperties().getOrDefault("emptyText", "") : null);
    }
}
