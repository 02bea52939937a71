package com.siyu.workbench.content.library;

import com.siyu.workbench.content.ContentSummary;
import com.siyu.workbench.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** Two lines per item: its name, then type · scene or scope · status. */
final class SummaryCell extends ListCell<ContentSummary> {
    private final ContentLibraryViewModel model;
    private final Messages messages;

    SummaryCell(ContentLibraryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setPrefWidth(0); // follow the list's width instead of scrolling sideways
    }

    @Override
    protected void updateItem(ContentSummary s, boolean empty) {
        super.updateItem(s, empty);
        if (empty || s == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label name = new Label(s.name().isBlank() ? messages.get("content.library.untitled") : s.name());
        name.getStyleClass().add("content-item-name");
        String where = s.scene() != null ? s.scene() : model.scopePicker().describe(s.scope());
        Label meta = new Label(model.typeLabel(s.type()) + (where.isEmpty() ? "" : " · " + where));
        meta.getStyleClass().add("content-item-meta");
        Label status = new Label(model.statusLabel(s));
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.getStyleClass().addAll("content-item-status", "status-" + (s.retired() ? "retired"
                : s.latestStatus().name().toLowerCase(java.util.Locale.ROOT)));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(6, name, spacer, status);
        setText(null);
        setGraphic(new VBox(2, top, meta));
    }
}
