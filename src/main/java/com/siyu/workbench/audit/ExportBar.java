package com.siyu.workbench.audit;

import com.siyu.workbench.i18n.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bar above a team table: a hint on the left, 导出 CSV / 导出 Excel on the right. */
final class ExportBar {
    private final Button csv;
    private final Button xlsx;

    ExportBar(HBox bar, Messages messages, String hintKey, String idPrefix, Consumer<ExportFormat> export) {
        Label hint = new Label(hintKey == null ? "" : messages.get(hintKey));
        hint.getStyleClass().add("team-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        csv = button(messages.get("audit.export.csv"), idPrefix + "Csv", () -> export.accept(ExportFormat.CSV));
        xlsx = button(messages.get("audit.export.xlsx"), idPrefix + "Xlsx", () -> export.accept(ExportFormat.XLSX));
        bar.getChildren().setAll(hint, spacer, csv, xlsx);
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("small");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    void fire(ExportFormat format) {
        (format == ExportFormat.CSV ? csv : xlsx).fire();
    }
}
