package com.siyu.workbench.queue.rules;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.util.StringConverter;

/** Small bindings the rule editor repeats: a number spinner on a form property, fields shown by a condition, option labels. */
final class EditorControls {
    private EditorControls() {
    }

    static void spinner(Spinner<Integer> spinner, int min, int max, ObjectProperty<Integer> value) {
        IntegerSpinnerValueFactory factory = new IntegerSpinnerValueFactory(min, max, min);
        spinner.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(value);
    }

    /** Shows the fields while {@code shown} holds; hidden, they leave no gap in the layout. */
    static void showWhen(ObservableBooleanValue shown, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }

    /** Labels options for display only (the combo boxes are not editable). */
    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
