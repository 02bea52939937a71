package com.siyu.workbench.audit;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The KPI tiles: a figure each, clickable (mouse, Enter or Space) to break it down by rep. */
final class KpiTiles {
    private KpiTiles() {
    }

    static List<Node> of(List<Kpi> kpis, String clickHint, Consumer<Kpi> open) {
        return kpis.stream().map(kpi -> tile(kpi, clickHint, open)).toList();
    }

    private static Node tile(Kpi kpi, String clickHint, Consumer<Kpi> open) {
        Label label = new Label(kpi.label());
        label.getStyleClass().add("kpi-label");
        Label value = new Label(kpi.value());
        value.getStyleClass().add("kpi-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        Label detail = new Label(kpi.detail());
        detail.getStyleClass().add("kpi-detail");
        detail.setWrapText(true);
        // Tiles share the row; each keeps at least its value's width (the label ellipsizes, the detail wraps).
        VBox tile = new VBox(2, label, value, detail);
        tile.setId("kpi-" + kpi.id());
        tile.getStyleClass().add("kpi-tile");
        if (kpi.warning()) {
            tile.getStyleClass().add("warning");
        }
        tile.setPrefWidth(150);
        tile.setMaxWidth(Double.MAX_VALUE);
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
        HBox.setHgrow(tile, Priority.ALWAYS);
        return tile;
    }
}
