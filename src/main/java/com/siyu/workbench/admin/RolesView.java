package com.siyu.workbench.admin;

import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Role;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.VBox;

/** The role table: one row per member, a check box per role; the view model saves each tick. */
public final class RolesView {
    private final RolesViewModel model;
    private final Messages messages;

    @FXML private VBox root;
    @FXML private TextField filter;
    @FXML private ProgressIndicator busy;
    @FXML private TableView<RoleRow> table;

    public RolesView(RolesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        filter.textProperty().bindBidirectional(model.filterProperty());
        busy.visibleProperty().bind(model.busyProperty());
        table.getColumns().add(text("settings.roles.name", RoleRow::name));
        table.getColumns().add(text("settings.roles.department", RoleRow::department));
        table.getColumns().add(text("settings.roles.position", RoleRow::position));
        for (Role role : Role.values()) {
            TableColumn<RoleRow, Boolean> column = new TableColumn<>(messages.get("members.role." + role.name()));
            column.setId("role-" + role.name());
            column.setCellValueFactory(cell -> cell.getValue().grantedProperty(role));
            column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
            column.setEditable(true);
            column.setStyle("-fx-alignment: CENTER;");
            table.getColumns().add(column);
        }
        table.setItems(model.rows());
    }

    private TableColumn<RoleRow, String> text(String key, Function<RoleRow, String> value) {
        TableColumn<RoleRow, String> column = new TableColumn<>(messages.get(key));
        column.setEditable(false);
        column.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(
                value.apply(cell.getValue())));
        return column;
    }

    public VBox root() {
        return root;
    }
}
