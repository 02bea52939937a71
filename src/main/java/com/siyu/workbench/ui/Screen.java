package com.siyu.workbench.ui;

import javafx.scene.Node;

/**
 * A screen the shell can show. It attaches its listeners and loads its data in {@link #activate()} and drops them
 * in {@link #deactivate()}, so hidden screens neither leak nor refilter their rows.
 */
public interface Screen {
    Node root();

    default void activate() {
    }

    default void deactivate() {
    }
}
