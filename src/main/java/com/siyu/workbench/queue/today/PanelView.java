package com.siyu.workbench.queue.today;

import javafx.scene.Node;

/** One of the small forms or overlays opened over the task card; built fresh each time it opens. */
interface PanelView {
    Node node();

    /** Puts the keyboard focus where the guide types or picks first. */
    void focus();
}
