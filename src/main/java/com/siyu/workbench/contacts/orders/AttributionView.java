package com.siyu.workbench.contacts.orders;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

/** The 业绩归因 tab's code-behind: period and grouping pickers, one row of figures per rep or channel. */
public final class AttributionView {
    private final AttributionViewModel model;

    @FXML private BorderPane root;
    @FXML private ComboBox<SalesRange> rangeBox;
    @FXML private ComboBox<AttributionService.By> byBox;
    @FXML private Label summary;
    @FXML private Label error;
    @FXML private ProgressIndicator busy;
    @FXML private TableView<SalesStats> table;
    @FXML private TableColumn<SalesStats, String> nameColumn;
    @FXML private TableColumn<SalesStats, String> revenueColumn;
    @FXML private TableColumn<SalesStats, Number> ordersColumn;
    @FXML private TableColumn<SalesStats, Number> buyersColumn;
    @FXML private TableColumn<SalesStats, Number> repeatBuyersColumn;
    @FXML private TableColumn<SalesStats, String> rateColumn;
    @FXML private TableColumn<SalesStats, Number> contactsColumn;
    @FXML private TableColumn<SalesStats, String> perContactColumn;

    public AttributionView(AttributionViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        rangeBox.getItems().setAll(SalesRange.values());
        rangeBox.setConverter(converter(model::rangeLabel));
        rangeBox.valueProperty().bindBidirectional(model.rangeProperty());
        byBox.getItems().setAll(AttributionService.By.values());
        byBox.setConverter(converter(model::byLabel));
        byBox.valueProperty().bindBidirectional(model.byProperty());
        summary.textProperty().bind(model.summaryProperty());
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        busy.visibleProperty().bind(model.busyProperty());
        table.setItems(model.rows());
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.name(c.getValue())));
        revenueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.money(c.getValue().revenueCents())));
        ordersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().orders()));
        buyersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().buyers()));
        repeatBuyersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().repeatBuyers()));
        rateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.rate(c.getValue())));
        contactsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contacts()));
        perContactColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                model.money(c.getValue().revenuePerContactCents())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    public BorderPane root() {
        return root;
    }
}
