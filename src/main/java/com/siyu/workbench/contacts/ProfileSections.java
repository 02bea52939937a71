package com.siyu.workbench.contacts;

import com.siyu.workbench.i18n.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Builds the dynamic parts of the profile pane: facts, tag chips (with pending marks), other follows, timeline. */
final class ProfileSections {
    private final Messages messages;
    private final Function<Instant, String> day;

    ProfileSections(Messages messages, Function<Instant, String> day) {
        this.messages = messages;
        this.day = day;
    }

    String subtitle(ContactProfile p) {
        StringBuilder text = new StringBuilder(messages.get("contacts.profile.nickname", p.name()));
        if (p.corpName() != null && !p.corpName().isBlank()) {
            text.append(" · ").append(p.corpName());
        }
        if (p.lostAt() != null) {
            text.append(" · ").append(messages.get("contacts.profile.lostOn", day.apply(p.lostAt())));
        }
        return text.toString();
    }

    void fillFacts(GridPane grid, ContactProfile p) {
        grid.getChildren().clear();
        int row = 0;
        row = fact(grid, row, "contacts.profile.type", p.type() == null ? null
                : messages.get(p.type() == 2 ? "contacts.profile.typeWeCom" : "contacts.profile.typeWeChat"));
        row = fact(grid, row, "contacts.profile.gender", p.gender() == null || p.gender() == 0 ? null
                : messages.get(p.gender() == 1 ? "contacts.profile.male" : "contacts.profile.female"));
        row = fact(grid, row, "contacts.profile.unionid", p.unionid());
        row = fact(grid, row, "contacts.profile.corp", p.corpFullName() != null ? p.corpFullName() : p.corpName());
        fact(grid, row, "contacts.profile.position", p.position());
    }

    void fillFollowFacts(GridPane grid, FollowInfo f) {
        grid.getChildren().clear();
        int row = 0;
        row = fact(grid, row, "contacts.profile.phones", f.phones().isEmpty() ? null : String.join("、", f.phones()));
        row = fact(grid, row, "contacts.profile.channel", f.channelName());
        row = fact(grid, row, "contacts.profile.addedOn", day.apply(f.addedAt()));
        row = fact(grid, row, "contacts.profile.addWay", f.addWay() == null ? null : addWay(f.addWay()));
        fact(grid, row, "contacts.profile.remarkCorp", f.remarkCorpName());
    }

    private String addWay(int code) {
        String key = "contacts.addWay." + code;
        return messages.has(key) ? messages.get(key) : messages.get("contacts.addWay.other", code);
    }

    private int fact(GridPane grid, int row, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("profile-muted");
        Label text = new Label(value);
        text.setWrapText(true);
        grid.addRow(row, label, text);
        return row + 1;
    }

    /** The follow's tags; locally added ones not yet in WeCom carry the pending style, removed ones are struck. */
    void fillChips(FlowPane pane, FollowInfo f) {
        pane.getChildren().clear();
        for (TagChip tag : f.tags()) {
            Label chip = ContactCells.chip(tag.name());
            chip.setId("chip-" + tag.tagId());
            if (f.pending().addedTags().contains(tag.tagId())) {
                chip.getStyleClass().add("pending");
                chip.setText(tag.name() + " · " + messages.get("contacts.profile.pendingShort"));
            }
            pane.getChildren().add(chip);
        }
        if (!f.pending().removedTags().isEmpty()) {
            Label removed = new Label(messages.get("contacts.profile.removedPending", f.pending().removedTags().size()));
            removed.getStyleClass().add("profile-muted");
            pane.getChildren().add(removed);
        }
        if (f.tags().isEmpty() && f.pending().removedTags().isEmpty()) {
            pane.getChildren().add(new Label(messages.get("contacts.profile.noTags")));
        }
    }

    void fillTagEditor(VBox box, List<TagGroup> groups, Set<String> selected) {
        box.getChildren().clear();
        for (TagGroup group : groups) {
            Label title = new Label(group.name());
            title.getStyleClass().add("profile-muted");
            FlowPane toggles = new FlowPane(4, 4);
            for (TagChip tag : group.tags()) {
                ToggleButton toggle = new ToggleButton(tag.name());
                toggle.setId("tag-" + tag.tagId());
                toggle.setUserData(tag.tagId());
                toggle.getStyleClass().addAll("tag-toggle", "small");
                toggle.setSelected(selected.contains(tag.tagId()));
                toggles.getChildren().add(toggle);
            }
            box.getChildren().addAll(title, toggles);
        }
    }

    void fillOthers(VBox box, List<FollowInfo> follows) {
        box.getChildren().clear();
        for (FollowInfo f : follows) {
            Label who = new Label(messages.get("contacts.profile.followedBy", f.memberName(), day.apply(f.addedAt()))
                    + (f.lost() ? " · " + messages.get("contacts.profile.lostOn", day.apply(f.lostAt())) : ""));
            who.getStyleClass().add("profile-follow-title");
            VBox card = new VBox(3, who);
            boolean hasRemark = f.remark() != null && !f.remark().isBlank();
            boolean hasDescription = f.description() != null && !f.description().isBlank();
            if (hasRemark || hasDescription) {
                Label remark = new Label(hasRemark ? messages.get("contacts.profile.remarkLine", f.remark())
                        + (hasDescription ? " · " + f.description() : "") : f.description());
                remark.setWrapText(true);
                card.getChildren().add(remark);
            }
            if (!f.tags().isEmpty()) {
                FlowPane chips = new FlowPane(4, 4);
                f.tags().forEach(t -> chips.getChildren().add(ContactCells.chip(t.name())));
                card.getChildren().add(chips);
            }
            if (!f.phones().isEmpty()) {
                card.getChildren().add(new Label(messages.get("contacts.profile.phones") + " "
                        + String.join("、", f.phones())));
            }
            card.getStyleClass().add("profile-follow");
            box.getChildren().add(card);
        }
    }

    String orders(ContactProfile p) {
        if (p.orderCount() == 0) {
            return messages.get("contacts.profile.noOrders");
        }
        return messages.get("contacts.profile.orderSummary", p.orderCount(), Money.format(p.orderTotalCents()),
                day.apply(p.lastOrderAt()));
    }

    void fillTimeline(VBox box, List<TimelineLine> lines) {
        box.getChildren().clear();
        if (lines.isEmpty()) {
            box.getChildren().add(new Label(messages.get("contacts.profile.noHistory")));
            return;
        }
        for (TimelineLine line : lines) {
            Label when = new Label(line.when());
            when.getStyleClass().add("timeline-when");
            when.setMinWidth(Region.USE_PREF_SIZE);
            Label kind = new Label(line.label());
            kind.getStyleClass().addAll("timeline-kind", "timeline-" + line.kind().name().toLowerCase(
                    java.util.Locale.ROOT));
            kind.setMinWidth(Region.USE_PREF_SIZE);
            // a column for the short kinds, never cutting a longer one
            HBox kindCell = new HBox(kind);
            kindCell.setMinWidth(68);
            Label text = new Label((line.who().isEmpty() ? "" : line.who() + "  ") + line.text());
            text.setWrapText(true);
            HBox row = new HBox(8, when, kindCell, text);
            row.getStyleClass().add("timeline-row");
            box.getChildren().add(row);
        }
    }

    /** "12/20", turning red past the limit, so a member sees WeCom's limit before saving. */
    static void counter(ObservableStringValue text, Label label, int max) {
        Runnable update = () -> {
            String value = text.get() == null ? "" : text.get().strip();
            int length = value.codePointCount(0, value.length());
            label.setText(length + "/" + max);
            label.getStyleClass().remove("over-limit");
            if (length > max) {
                label.getStyleClass().add("over-limit");
            }
        };
        text.addListener((obs, old, now) -> update.run());
        update.run();
    }
}
