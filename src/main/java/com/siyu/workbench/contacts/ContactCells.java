package com.siyu.workbench.contacts;

import com.siyu.workbench.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/** Cell factories of the contact table: name with nickname, tag chips, dates, status. */
final class ContactCells {
    static final int MAX_CHIPS = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private ContactCells() {
    }

    static Callback<TableColumn<ContactRow, ContactRow>, TableCell<ContactRow, ContactRow>> name() {
        return column -> new TableCell<>() {
            private final Label main = new Label();
            private final Label sub = new Label();
            private final VBox box = new VBox(1, main, sub);

            {
                main.getStyleClass().add("contact-name");
                sub.getStyleClass().add("contact-nickname");
            }

            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                main.setText(row.displayName());
                boolean hasRemark = !row.displayName().equals(row.name());
                sub.setText(hasRemark ? row.name() : "");
                sub.setVisible(hasRemark);
                sub.setManaged(hasRemark);
                setGraphic(box);
            }
        };
    }

    static Callback<TableColumn<ContactRow, ContactRow>, TableCell<ContactRow, ContactRow>> tags() {
        return column -> new TableCell<>() {
            private final HBox chips = new HBox(4);

            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                List<TagChip> shown = row.tags().stream().filter(t -> !t.isStage()).toList();
                chips.getChildren().clear();
                shown.stream().limit(MAX_CHIPS).forEach(t -> chips.getChildren().add(chip(t.name())));
                if (shown.size() > MAX_CHIPS) {
                    chips.getChildren().add(chip("+" + (shown.size() - MAX_CHIPS)));
                }
                setGraphic(chips);
            }
        };
    }

    static Label chip(String text) {
        Label chip = new Label(text);
        chip.getStyleClass().add("tag-chip");
        return chip;
    }

    static <T> Callback<TableColumn<ContactRow, ContactRow>, TableCell<ContactRow, ContactRow>> text(
            Function<ContactRow, String> text, String styleClass) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
                getStyleClass().remove(styleClass);
                if (styleClass != null && !empty && row != null) {
                    getStyleClass().add(styleClass);
                }
            }
        };
    }

    static String day(Instant at, ZoneId zone) {
        return at == null ? "" : DAY.format(at.atZone(zone));
    }

    static String status(ContactRow row, Messages messages) {
        return messages.get(row.lost() ? "contacts.status.lost" : "contacts.status.active");
    }
}
