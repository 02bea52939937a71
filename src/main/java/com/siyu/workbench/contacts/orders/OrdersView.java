package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.ui.DialogService;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** The orders tab's code-behind: unmatched orders with their suggestions, import and rematch buttons. */
public final class OrdersView {
    private final OrdersViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final Function<OrderImportViewModel, Parent> importView;

    @FXML private BorderPane root;
    @FXML private Button importOrders;
    @FXML private Button rematch;
    @FXML private Button refresh;
    @FXML private Label summary;
    @FXML private ProgressIndicator busy;
    @FXML private Label error;
    @FXML private TableView<UnmatchedOrder> table;
    @FXML private TableColumn<UnmatchedOrder, String> idColumn;
    @FXML private TableColumn<UnmatchedOrder, String> timeColumn;
    @FXML private TableColumn<UnmatchedOrder, String> amountColumn;
    @FXML private TableColumn<UnmatchedOrder, String> itemsColumn;
    @FXML private TableColumn<UnmatchedOrder, String> phoneColumn;
    @FXML private TableColumn<UnmatchedOrder, String> nicknameColumn;
    @FXML private TableColumn<UnmatchedOrder, UnmatchedOrder> suggestionColumn;

    public OrdersView(OrdersViewModel model, Messages messages, DialogService dialogs,
                      Function<OrderImportViewModel, Parent> importView) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.importView = importView;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(getClass().getResource("/css/contacts.css").toExternalForm());
        summary.textProperty().bind(model.summaryProperty());
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        busy.visibleProperty().bind(model.busyProperty());
        importOrders.visibleProperty().bind(model.canImportProperty());
        importOrders.managedProperty().bind(model.canImportProperty());
        rematch.visibleProperty().bind(model.canImportProperty());
        rematch.managedProperty().bind(model.canImportProperty());
        rematch.disableProperty().bind(model.busyProperty());
        rematch.setOnAction(e -> model.rematch());
        refresh.setOnAction(e -> model.refresh());
        importOrders.setOnAction(e -> chooseAndImport());
        table.setItems(model.unmatched());
        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().orderId()));
        timeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.when(c.getValue().orderedAt())));
        amountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.amount(c.getValue().amountCents())));
        itemsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().items()));
        phoneColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().phone()));
        nicknameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nickname()));
        suggestionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        suggestionColumn.setCellFactory(column -> new SuggestionCell());
    }

    private void chooseAndImport() {
        dialogs.chooseFileToOpen(messages.get("contacts.orders.import"), List.of("csv", "xlsx")).ifPresent(path -> {
            OrderImportViewModel importModel = model.newImport();
            Stage stage = new Stage();
            stage.initModality(Modality.WINDOW_MODAL);
            if (root.getScene() != null) {
                stage.initOwner(root.getScene().getWindow());
                Scene scene = new Scene(importView.apply(importModel));
                scene.getStylesheets().setAll(root.getScene().getStylesheets());
                scene.getStylesheets().addAll(root.getStylesheets());
                stage.setScene(scene);
            } else {
                stage.setScene(new Scene(importView.apply(importModel)));
            }
            stage.setTitle(messages.get("contacts.orders.import"));
            stage.setOnHidden(e -> importModel.cancel());
            importModel.open(path);
            stage.show();
        });
    }

    /** The suggested customers of an order, each with 是 / 不是 when the viewer may decide. */
    private final class SuggestionCell extends TableCell<UnmatchedOrder, UnmatchedOrder> {
        @Override
        protected void updateItem(UnmatchedOrder order, boolean empty) {
            super.updateItem(order, empty);
            if (empty || order == null) {
                setGraphic(null);
                return;
            }
            VBox lines = new VBox(3);
            if (order.suggestions().isEmpty()) {
                lines.getChildren().add(new Label(messages.get("contacts.orders.noSuggestion")));
            }
            for (UnmatchedOrder.SuggestedContact s : order.suggestions()) {
                Label who = new Label(messages.get("contacts.orders.suggestion", s.contactName(),
                        s.followedBy() == null ? "" : s.followedBy(), model.reason(s.reason())));
                // the name shortens before the buttons do: 是 / 不是 must stay readable
                who.setMinWidth(0);
                HBox line = new HBox(6, who);
                line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                if (s.confirmable()) {
                    Button yes = new Button(messages.get("contacts.orders.confirm"));
                    yes.setId("confirm-" + order.orderId() + "-" + s.externalUserid());
                    yes.getStyleClass().add("small");
                    yes.setOnAction(e -> model.confirm(order, s));
                    Button no = new Button(messages.get("contacts.orders.reject"));
                    no.getStyleClass().addAll("small", "flat");
                    no.setOnAction(e -> model.reject(order, s));
                    yes.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    no.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    line.getChildren().addAll(yes, no);
                }
                lines.getChildren().add(line);
            }
            setGraphic(lines);
        }
    }

    public BorderPane root() {
        return root;
    }
}
