package com.siyu.workbench.queue.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;

/**
 * Keeps the audience's saved-filter box and the form's filter id in step: the lead picks a saved contact filter by
 * its name (first entry: none), the form keeps the id. An id whose filter was deleted stays shown as such, so
 * opening an old rule never changes its audience silently.
 */
final class SavedFilterPicker {
    private final ComboBox<Choice> box;
    private final StringProperty filterId;
    private final Choice none;
    private final Function<String, String> missingLabel;
    private List<Choice> offered = List.of();
    private boolean syncing;

    SavedFilterPicker(ComboBox<Choice> box, StringProperty filterId, String noneLabel,
                      Function<String, String> missingLabel) {
        this.box = box;
        this.filterId = filterId;
        this.none = new Choice("", noneLabel);
        this.missingLabel = missingLabel;
        box.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                filterId.set(now == null ? "" : now.value());
            }
        });
        filterId.addListener((obs, old, now) -> select());
        offer(List.of());
    }

    void offer(List<Choice> savedFilters) {
        offered = List.copyOf(savedFilters);
        select();
    }

    private void select() {
        String id = filterId.get() == null ? "" : filterId.get().strip();
        List<Choice> items = new ArrayList<>();
        items.add(none);
        items.addAll(offered);
        Choice chosen = id.isEmpty() ? none
                : offered.stream().filter(c -> c.value().equals(id)).findFirst().orElse(null);
        if (chosen == null) {
            chosen = new Choice(id, missingLabel.apply(id));
            items.add(chosen);
        }
        syncing = true;
        try {
            if (!box.getItems().equals(items)) {
                box.getItems().setAll(items);
            }
            box.setValue(chosen);
        } finally {
            syncing = false;
        }
    }
}
