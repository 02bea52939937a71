package com.siyu.workbench.audit;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The KPI tiles (laid out by {@link KpiRow}): a figure each, clickable (mouse, Enter or Space) to break it down by rep. */
final class KpiTiles {
    private KpiTiles() {
    }

    static List<Node> of(List<Kpi> kpis, String clickHint, Consumer<Kpi> open) {
        return kpis.stream().map(kpi -> tile(kpi, clickHint, open)).toList();
    }

    private static Node tile(Kpi kpi, String clickHint, Consumer<Kpi> open) {
        Label label = new Label(kpi.label());
        label.getStyleClass().add("kpi-label");
        label.setWrapText(true);
        Label value = new Label(kpi.value());
        value.getStyleClass().add("kpi-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        Label detail = new Label(kpi.detail());
        detail.getStyleClass().add("kpi-detail");
        detail.setWrapText(true);
        // A tile never gets narrower than its figure (see KpiRow); the label and the detail wrap instead.
        VBox tile = new VBox(2, label, value, detail);
        tile.setId("kpi-" + kpi.id());
        tile.getStyleClass().add("kpi-tile");
        if (kpi.warning()) {
            tile.getStyleClass().add("warning");
        }
        tile.setFocusTraversable(true);
        tile.setAccessibleRole(AccessibleRole.BUTTON);
        tile.setAccessibleText(kpi.label() + " " + kpi.value());
        Tooltip.install(tile, new Tooltip(clickHint));
        tile.setOnMouseClicked(e -> open.accept(kpi));
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open.accept(kpi);
            }
        });
        return tile;
    }
}
