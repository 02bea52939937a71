package com.siyu.workbench.admin;

import com.siyu.workbench.i18n.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Binds the sync log tab to its view model; nothing else. */
public final class SyncLogView {
    private final SyncLogViewModel model;
    private final Messages messages;

    @FXML private VBox root;
    @FXML private Button syncNow;
    @FXML private Button cancel;
    @FXML private Label connectivity;
    @FXML private Label outbox;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private TableView<SyncRunRow> table;
    @FXML private Label error;

    public SyncLogView(SyncLogViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        syncNow.disableProperty().bind(model.runningProperty());
        cancel.disableProperty().bind(model.runningProperty().not());
        syncNow.setOnAction(e -> model.syncNow());
        cancel.setOnAction(e -> model.cancel());
        connectivity.textProperty().bind(model.connectivityProperty());
        model.connectivityProperty().addListener((obs, old, now) -> styleConnectivity());
        outbox.textProperty().bind(model.outboxProperty());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        progressText.textProperty().bind(model.progressTextProperty());
        table.getColumns().add(column("sync.log.col.started", SyncRunRow::started, 120));
        table.getColumns().add(column("sync.log.col.kind", SyncRunRow::kind, 90));
        table.getColumns().add(column("sync.log.col.member", SyncRunRow::member, 90));
        table.getColumns().add(column("sync.log.col.status", SyncRunRow::status, 70));
        table.getColumns().add(column("sync.log.col.duration", SyncRunRow::duration, 65));
        table.getColumns().add(column("sync.log.col.pages", SyncRunRow::pages, 55));
        table.getColumns().add(column("sync.log.col.changes", SyncRunRow::changes, 230));
        table.getColumns().add(column("sync.log.col.outbox", SyncRunRow::outbox, 130));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(SyncRunRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("sync-run-failed");
                if (!empty && row != null && row.failed()) {
                    getStyleClass().add("sync-run-failed");
                }
            }
        });
        table.setItems(model.runs());
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        error.textProperty().bind(model.selectedErrorProperty());
        error.visibleProperty().bind(model.selectedErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        styleConnectivity();
    }

    private void styleConnectivity() {
        connectivity.getStyleClass().removeAll("online", "offline");
        String text = model.connectivityProperty().get();
        if (text.equals(messages.get("shell.status.online"))) {
            connectivity.getStyleClass().add("online");
        } else if (text.equals(messages.get("shell.status.offline"))) {
            connectivity.getStyleClass().add("offline");
        }
    }

    private TableColumn<SyncRunRow, String> column(String key, Function<SyncRunRow, String> value, double width) {
        TableColumn<SyncRunRow, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.8);
        column.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(
                value.apply(cell.getValue())));
        return column;
    }

    public VBox root() {
        return root;
    }
}
