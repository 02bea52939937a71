package com.siyu.workbench.admin;

import com.siyu.workbench.i18n.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

/** Binds the parked-items tab to its view model; nothing else. */
public final class OutboxIssuesView {
    private final OutboxIssuesViewModel model;
    private final Messages messages;

    @FXML private VBox root;
    @FXML private Button retry;
    @FXML private Button discard;
    @FXML private ProgressIndicator busy;
    @FXML private TableView<ParkedRow> table;
    @FXML private Label reasonDetail;

    public OutboxIssuesView(OutboxIssuesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        retry.disableProperty().bind(model.canResolveProperty().not());
        discard.disableProperty().bind(model.canResolveProperty().not());
        retry.setOnAction(e -> model.retrySelected());
        discard.setOnAction(e -> model.discardSelected());
        busy.visibleProperty().bind(model.busyProperty());
        table.getColumns().add(column("sync.parked.col.created", ParkedRow::created, 80));
        table.getColumns().add(column("sync.parked.col.kind", ParkedRow::kind, 80));
        table.getColumns().add(column("sync.parked.col.contact", ParkedRow::contact, 100));
        table.getColumns().add(column("sync.parked.col.member", ParkedRow::member, 70));
        table.getColumns().add(column("sync.parked.col.summary", ParkedRow::summary, 140));
        TableColumn<ParkedRow, String> reason = column("sync.parked.col.reason", ParkedRow::reason, 260);
        reason.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        table.getColumns().add(reason);
        table.getColumns().add(column("sync.parked.col.attempts", ParkedRow::attempts, 50));
        table.setItems(model.items());
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        reasonDetail.textProperty().bind(model.selectedReasonProperty());
        reasonDetail.visibleProperty().bind(model.selectedReasonProperty().isNotEmpty());
        reasonDetail.managedProperty().bind(reasonDetail.visibleProperty());
    }

    private TableColumn<ParkedRow, String> column(String key, Function<ParkedRow, String> value, double width) {
        TableColumn<ParkedRow, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(
                value.apply(cell.getValue())));
        return column;
    }

    public VBox root() {
        return root;
    }
}
