package com.siyu.workbench.audit;

import com.siyu.workbench.i18n.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * Turns {@link ColumnSpec}s into table columns: numbers sort as numbers and read right-aligned, a double-click (or
 * Enter) on a column that drills opens the log behind that figure.
 */
final class SpecTables {
    /** Header tooltips, e.g. the WeCom field name behind a behavior column. */
    private static final String TIP_PREFIX = "audit.colTip.";
    private SpecTables() {
    }

    static <T> void fill(TableView<T> table, List<ColumnSpec<T>> specs, Messages messages,
                         BiConsumer<T, DrillMetric> drill) {
        table.getColumns().clear();
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (ColumnSpec<T> spec : specs) {
            TableColumn<T, Object> column = new TableColumn<>(messages.get(spec.headerKey()));
            column.setId(spec.headerKey().substring(spec.headerKey().lastIndexOf('.') + 1));
            column.setUserData(spec);
            column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(spec.value().apply(cd.getValue())));
            column.setComparator(NULLS_LAST);
            boolean numeric = spec.kind() != ExportColumn.Kind.TEXT && spec.kind() != ExportColumn.Kind.PHONE;
            column.setPrefWidth(Math.max(spec.width(), Math.max(numeric ? 76
                    : spec.kind() == ExportColumn.Kind.PHONE ? 118 : 104, headerWidth(column.getText()))));
            column.setCellFactory(c -> cell(spec, numeric, drill));
            String tipKey = TIP_PREFIX + column.getId();
            String tip = messages.has(tipKey) ? messages.get(tipKey) : null;
            if (tip != null) {
                javafx.scene.control.Label header = new javafx.scene.control.Label(column.getText());
                header.setTooltip(new Tooltip(tip));
                column.setGraphic(header);
                column.setText(null);
            }
            table.getColumns().add(column);
        }
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !table.getSelectionModel().getSelectedCells().isEmpty()) {
                var pos = table.getSelectionModel().getSelectedCells().get(0);
                T item = table.getItems().get(pos.getRow());
                if (pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof ColumnSpec<?> s
                        && s.drill() != null) {
                    drill.accept(item, s.drill());
                    e.consume();
                }
            }
        });
    }

    private static <T> TableCell<T, Object> cell(ColumnSpec<T> spec, boolean numeric,
                                                 BiConsumer<T, DrillMetric> drill) {
        TableCell<T, Object> cell = new TableCell<>() {
            @Override
            protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : CellText.of(spec.kind(), value));
            }
        };
        if (numeric) {
            cell.getStyleClass().add("numeric");
        }
        if (spec.drill() != null) {
            cell.getStyleClass().add("drillable");
            cell.setOnMouseClicked(e -> {
                T item = cell.getTableRow() == null ? null : cell.getTableRow().getItem();
                if (e.getClickCount() == 2 && item != null && !cell.isEmpty()) {
                    drill.accept(item, spec.drill());
                }
            });
        }
        return cell;
    }

    /** Roughly the header's width: CJK characters are about twice as wide as Latin ones. */
    private static double headerWidth(String header) {
        double width = 28;
        for (char ch : header.toCharArray()) {
            width += ch > 0x2E80 ? 15.5 : 8;
        }
        return width;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> NULLS_LAST = (a, b) -> {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable ca && a.getClass().isInstance(b)) {
            return ca.compareTo(b);
        }
        return a.toString().toLowerCase(Locale.ROOT).compareTo(b.toString().toLowerCase(Locale.ROOT));
    };

    /** The column built from the spec whose header is {@code headerKey}, if the table has it. */
    static <T> TableColumn<T, ?> column(TableView<T> table, String headerKey) {
        return table.getColumns().stream()
                .filter(c -> c.getUserData() instanceof ColumnSpec<?> s && s.headerKey().equals(headerKey))
                .findFirst().orElse(null);
    }
}
