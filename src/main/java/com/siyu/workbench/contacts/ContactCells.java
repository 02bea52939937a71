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
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
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

            {
                chips.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                chips.setMinWidth(0);
                javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
                clip.widthProperty().bind(widthProperty());
                clip.heightProperty().bind(heightProperty());
                setClip(clip);
            }

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
        // whole chips or none: a row of "银…" "身…" stubs says nothing
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return chip;
    }

    /** "今天", "昨天", "5 天前", "从未": how long since the member last reached the customer. */
    static String sinceTouch(ContactRow row, java.time.Clock clock, Messages messages) {
        if (row.lastTouchAt() == null) {
            return messages.get("contacts.list.never");
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(row.lastTouchAt().atZone(clock.getZone())
                .toLocalDate(), java.time.LocalDate.now(clock));
        if (days <= 0) {
            return messages.get("contacts.list.today");
        }
        return days == 1 ? messages.get("contacts.list.yesterday") : messages.get("contacts.list.daysAgo", days);
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

    static Callback<TableColumn<ContactRow, ContactRow>, TableCell<ContactRow, ContactRow>> status(Messages messages) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : status(row, messages));
                getStyleClass().remove("contact-lost");
                if (!empty && row != null && row.lost()) {
                    getStyleClass().add("contact-lost");
                }
            }
        };
    }

    static String status(ContactRow row, Messages messages) {
        return messages.get(row.lost() ? "contacts.status.lost" : "contacts.status.active");
    }
}
