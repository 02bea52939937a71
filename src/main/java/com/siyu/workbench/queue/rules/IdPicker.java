package com.siyu.workbench.queue.rules;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;

/**
 * Keeps a {@link ComboBox} of options and a form property holding the picked option's id in step, both ways. An id
 * no option has (yet) is shown as the placeholder {@code missing} makes, so the form's value is never lost.
 */
final class IdPicker<T> {
    private final ComboBox<T> box;
    private final Property<String> id;
    private final Function<T, String> idOf;
    private final UnaryOperator<String> wanted;
    private final Function<String, T> missing;
    private boolean syncing;

    /**
     * @param none   the id when nothing is picked
     * @param wanted how the property's value reads as an id (null: pick nothing)
     */
    IdPicker(ComboBox<T> box, Property<String> id, Function<T, String> idOf, String none, UnaryOperator<String> wanted,
             Function<String, T> missing) {
        this.box = box;
        this.id = id;
        this.idOf = idOf;
        this.wanted = wanted;
        this.missing = missing;
        box.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                id.setValue(now == null ? none : idOf.apply(now));
            }
        });
        id.addListener((obs, old, now) -> select());
    }

    /** New options (after a reload or another action type), then the form's id picked among them. */
    void offer(List<T> options) {
        syncing = true;
        try {
            box.getItems().setAll(options);
        } finally {
            syncing = false;
        }
        select();
    }

    private void select() {
        String picked = wanted.apply(id.getValue());
        syncing = true;
        try {
            if (picked == null) {
                box.setValue(null);
                return;
            }
            T option = box.getItems().stream().filter(o -> idOf.apply(o).equals(picked)).findFirst().orElse(null);
            if (option == null) {
                option = missing.apply(picked);
                box.getItems().add(option);
            }
            box.setValue(option);
        } finally {
            syncing = false;
        }
    }
}
