package com.siyu.workbench.ui.shell;

import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.ui.Screen;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Says plainly that a module is not available yet, rather than showing an empty screen that looks finished. */
public final class PlaceholderScreen implements Screen {
    private final VBox root;

    public PlaceholderScreen(NavEntry entry, Messages messages) {
        Label title = new Label(messages.get("common.notReady.title", messages.get(entry.labelKey())));
        title.getStyleClass().add("title");
        root = new VBox(title, new Label(messages.get("common.notReady.body")));
        root.getStyleClass().add("placeholder-screen");
        root.setId("placeholder-" + entry.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public Node root() {
        return root;
    }
}
