package com.siyu.workbench.audit;

import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Keeps two divider positions for the split between the task charts and the tabs: one while a tab that brings its
 * own figures is shown (业绩归因: the task charts say nothing about sales, so by default they fold away and the
 * table gets the height), one for every other tab. Each remembers where the lead last dragged it.
 */
final class FoldingSplit {
    private final SplitPane split;
    private final Tab foldingTab;
    private double foldedPosition;
    private double otherPosition;

    private FoldingSplit(SplitPane split, Tab foldingTab, double foldedPosition) {
        this.split = split;
        this.foldingTab = foldingTab;
        this.foldedPosition = foldedPosition;
        this.otherPosition = split.getDividerPositions()[0];
    }

    static void install(SplitPane split, TabPane tabs, Tab foldingTab, double foldedPosition) {
        FoldingSplit fold = new FoldingSplit(split, foldingTab, foldedPosition);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> fold.switched(old, now));
        if (tabs.getSelectionModel().getSelectedItem() == foldingTab) {
            fold.switched(null, foldingTab);
        }
    }

    private void switched(Tab old, Tab now) {
        double current = split.getDividerPositions()[0];
        if (old == foldingTab) {
            foldedPosition = current;
        } else if (old != null) {
            otherPosition = current;
        }
        split.setDividerPosition(0, now == foldingTab ? foldedPosition : otherPosition);
    }
}
