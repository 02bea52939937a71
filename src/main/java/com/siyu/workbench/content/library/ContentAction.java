package com.siyu.workbench.content.library;

import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A keyboard-first action, defined once: its label, its shortcuts (JavaFX key-combination text such as
 * {@code Shortcut+Enter}, or a single letter that only fires when no text field has focus), when it is enabled, and
 * what it does. Buttons, menu items and shortcuts are all built from it by {@link ActionBinder}.
 */
public record ContentAction(String id, String labelKey, List<String> shortcuts, ObservableBooleanValue enabled,
                            Runnable run) {
    public ContentAction {
        Objects.requireNonNull(id);
        shortcuts = List.copyOf(shortcuts);
    }

    /** Runs the action if it is enabled; returns whether it ran. */
    public boolean fire() {
        if (!enabled.get()) {
            return false;
        }
        run.run();
        return true;
    }
}
