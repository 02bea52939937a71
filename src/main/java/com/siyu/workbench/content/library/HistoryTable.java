package com.siyu.workbench.content.library;

import com.siyu.workbench.content.ContentVersion;
import com.siyu.workbench.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The version history: every version with its author, reviewer, times and reason. */
final class HistoryTable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final TableView<ContentVersion> table;
    private final Messages messages;
    private final Function<String, String> memberName;

    HistoryTable(TableView<ContentVersion> table, Messages messages, Function<String, String> memberName) {
        this.table = table;
        this.messages = messages;
        this.memberName = memberName;
    }

    void bind(ObservableList<ContentVersion> versions) {
        table.getColumns().setAll(java.util.List.of(
                column("content.history.version", v -> "v" + v.version(), 44),
                column("content.history.status", v -> messages.get("content.status." + v.status().name()), 64),
                column("content.history.author", v -> memberName.apply(v.author()), 64),
                column("content.history.created", v -> time(v.createdAt()), 84),
                column("content.history.reviewer", v -> memberName.apply(v.reviewer()), 64),
                column("content.history.reviewed", v -> time(v.reviewedAt()), 84),
                column("content.history.reason", v -> v.reviewReason() == null ? "" : v.reviewReason(), 120)));
        table.setItems(versions);
        table.setPlaceholder(new javafx.scene.control.Label(messages.get("content.history.empty")));
    }

    private TableColumn<ContentVersion, String> column(String key, Function<ContentVersion, String> value,
                                                       double width) {
        TableColumn<ContentVersion, String> col = new TableColumn<>(messages.get(key));
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
