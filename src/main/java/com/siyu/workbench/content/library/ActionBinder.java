package com.siyu.workbench.content.library;

import com.siyu.workbench.i18n.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Builds buttons and keyboard shortcuts from {@link ContentAction}s. Shortcuts are a scene event filter that a screen
 * installs when shown and removes when hidden; a plain-letter shortcut (A, R) is ignored while typing in a text field.
 */
public final class ActionBinder {
    private final Messages messages;

    public ActionBinder(Messages messages) {
        this.messages = messages;
    }

    public void bind(ButtonBase button, ContentAction action) {
        button.setText(messages.get(action.labelKey()));
        button.setId("action-" + action.id());
        button.disableProperty().bind(Bindings.not(action.enabled()));
        button.setOnAction(e -> action.fire());
        if (!action.shortcuts().isEmpty()) {
            String keys = String.join(" / ", action.shortcuts().stream()
                    .map(s -> KeyCombination.valueOf(s).getDisplayText()).toList());
            button.setTooltip(new Tooltip(messages.get(action.labelKey()) + "  (" + keys + ")"));
        }
    }

    /** A key filter that fires the first enabled action whose shortcut matches. */
    public static EventHandler<KeyEvent> shortcuts(List<ContentAction> actions) {
        return event -> {
            for (ContentAction action : actions) {
                for (String shortcut : action.shortcuts()) {
                    KeyCombination combination = KeyCombination.valueOf(shortcut);
                    boolean plainLetter = !shortcut.contains("+");
                    if (plainLetter && typing(event)) {
                        continue;
                    }
                    if (combination.match(event) && action.fire()) {
                        event.consume();
                        return;
                    }
                }
            }
        };
    }

    private static boolean typing(KeyEvent event) {
        Object target = event.getTarget();
        if (target instanceof TextInputControl) {
            return true;
        }
        Scene scene = event.getSource() instanceof Scene s ? s : target instanceof Node n ? n.getScene() : null;
        return scene != null && scene.getFocusOwner() instanceof TextInputControl;
    }

    /** Installs {@code filter} on the node's scene now or as soon as it has one; returns how to remove it. */
    public static Runnable install(Node root, EventHandler<KeyEvent> filter) {
        Scene scene = root.getScene();
        if (scene == null) {
            return () -> { };
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        return () -> scene.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
    }
}
