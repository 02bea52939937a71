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

    /**
     * A key filter that fires the first enabled action whose shortcut matches. When a plain-letter shortcut fires,
     * the character it would also type is swallowed (the action may have moved focus into a text field).
     */
    public static EventHandler<KeyEvent> shortcuts(List<ContentAction> actions) {
        boolean[] swallowTyped = {false};
        return event -> {
            if (event.getEventType() == KeyEvent.KEY_TYPED) {
                if (swallowTyped[0]) {
                    swallowTyped[0] = false;
                    event.consume();
                }
                return;
            }
            if (event.getEventType() != KeyEvent.KEY_PRESSED) {
                return;
            }
            swallowTyped[0] = false;
            for (ContentAction action : actions) {
                for (String shortcut : action.shortcuts()) {
                    boolean plainLetter = !shortcut.contains("+");
                    if (plainLetter && typing(event)) {
                        continue;
                    }
                    if (KeyCombination.valueOf(shortcut).match(event) && action.fire()) {
                        swallowTyped[0] = plainLetter;
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
        scene.addEventFilter(KeyEvent.ANY, filter);
        return () -> scene.removeEventFilter(KeyEvent.ANY, filter);
    }
}
