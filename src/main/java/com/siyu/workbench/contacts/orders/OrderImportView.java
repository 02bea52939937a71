package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.contacts.Money;
import com.siyu.workbench.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The import dialog's code-behind: column mapping, preview table, problems list, import button. */
public final class OrderImportView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int MAPPING_COLUMNS = 4;

    private final OrderImportViewModel model;
    private final Messages messages;
    private final ZoneId zone;

    @FXML private BorderPane root;
    @FXML private Label fileText;
    @FXML private GridPane mapping;
    @FXML private Label error;
    @FXML private TableView<PlannedOrder> preview;
    @FXML private TableColumn<PlannedOrder, Object> lineColumn;
    @FXML private TableColumn<PlannedOrder, Object> idColumn;
    @FXML private TableColumn<PlannedOrder, Object> timeColumn;
    @FXML private TableColumn<PlannedOrder, Object> amountColumn;
    @FXML private TableColumn<PlannedOrder, Object> itemsColumn;
    @FXML private TableColumn<PlannedOrder, Object> matchColumn;
    @FXML private ListView<String> problems;
    @FXML private ProgressBar progress;
    @FXML private Label summary;
    @FXML private Button close;
    @FXML private Button doImport;

    public OrderImportView(OrderImportViewModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        fileText.textProperty().bind(model.fileTextProperty());
        error.textProperty().bind(model.errorProperty());
        summary.textProperty().bind(model.summaryProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.progressProperty().bind(model.progressProperty());
        problems.setItems(model.problems());
        preview.setItems(model.sample());
        lineColumn.setCellValueFactory(c -> value(c.getValue().order().line()));
        idColumn.setCellValueFactory(c -> value(c.getValue().order().orderId()));
        timeColumn.setCellValueFactory(c -> value(WHEN.format(c.getValue().order().orderedAt().atZone(zone))));
        amountColumn.setCellValueFactory(c -> value(Money.format(c.getValue().order().amountCents())));
        itemsColumn.setCellValueFactory(c -> value(c.getValue().order().items()));
        matchColumn.setCellValueFactory(c -> value(describe(c.getValue().match())));
        doImport.disableProperty().bind(model.canImportProperty().not().or(model.busyProperty()));
        doImport.setOnAction(e -> model.importNow());
        close.setOnAction(e -> window().hide());
        model.fileProperty().addListener((obs, old, now) -> buildMapping());
        model.doneProperty().addListener((obs, was, now) -> close.setText(messages.get("contacts.import.finish")));
    }

    private static ReadOnlyObjectWrapper<Object> value(Object value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    private String describe(MatchResult match) {
        if (match.matched()) {
            return messages.get("contacts.import.matched", match.contactName(),
                    messages.get("contacts.orders.reason." + match.method().name()));
        }
        if (!match.suggestions().isEmpty()) {
            return messages.get("contacts.import.suggested", match.suggestions().size());
        }
        return messages.get("contacts.import.unmatched");
    }

    /** One combo box per field, listing the file's headers; changing one previews again. */
    private void buildMapping() {
        mapping.getChildren().clear();
        List<String> choices = new ArrayList<>();
        choices.add(messages.get("contacts.import.notMapped"));
        List<String> headers = model.headers();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : headers.get(i).strip();
            // the header alone reads best in a narrow box; the column number only where the header cannot tell
            boolean ambiguous = header.isEmpty() || headers.stream().filter(h -> h != null && h.strip().equals(header))
                    .count() > 1;
            choices.add(ambiguous ? messages.get("contacts.import.column", i + 1, header) : header);
        }
        OrderField[] fields = OrderField.values();
        for (int i = 0; i < fields.length; i++) {
            OrderField field = fields[i];
            Label label = new Label(messages.get(field.labelKey()) + (field.required() ? " *" : ""));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ComboBox<String> box = new ComboBox<>();
            box.setPrefWidth(160);
            box.setId("map-" + field.name());
            box.getItems().setAll(choices);
            Integer column = model.mappingProperty().get().column(field);
            box.getSelectionModel().select(column == null || column >= headers.size() ? 0 : column + 1);
            box.valueProperty().addListener((obs, old, now) -> {
                int index = box.getSelectionModel().getSelectedIndex();
                model.map(field, index <= 0 ? null : index - 1);
            });
            mapping.add(label, (i % MAPPING_COLUMNS) * 2, i / MAPPING_COLUMNS);
            mapping.add(box, (i % MAPPING_COLUMNS) * 2 + 1, i / MAPPING_COLUMNS);
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    public BorderPane root() {
        return root;
    }
}
