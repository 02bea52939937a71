package com.siyu.workbench.contacts;

import com.siyu.workbench.i18n.Messages;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The profile pane's code-behind: shows {@link ContactProfileViewModel}'s profile and forwards the edits. */
public final class ContactProfileView {
    private final ContactProfileViewModel model;
    private final Messages messages;
    private final ProfileSections sections;

    @FXML private ScrollPane root;
    @FXML private Label emptyHint;
    @FXML private VBox content;
    @FXML private Label avatar;
    @FXML private Label name;
    @FXML private Label subtitle;
    @FXML private Label pendingBadge;
    @FXML private Label error;
    @FXML private Label notice;
    @FXML private GridPane facts;
    @FXML private Label mineTitle;
    @FXML private VBox mine;
    @FXML private Label remark;
    @FXML private Label description;
    @FXML private Button editRemark;
    @FXML private VBox remarkEditor;
    @FXML private TextField remarkField;
    @FXML private Label remarkCount;
    @FXML private TextArea descriptionField;
    @FXML private Label descriptionCount;
    @FXML private Button cancelRemark;
    @FXML private Button saveRemark;
    @FXML private FlowPane tagChips;
    @FXML private Button editTags;
    @FXML private VBox tagEditor;
    @FXML private VBox tagGroups;
    @FXML private Button cancelTags;
    @FXML private Button saveTags;
    @FXML private GridPane followFacts;
    @FXML private Label othersTitle;
    @FXML private VBox others;
    @FXML private Label orderSummary;
    @FXML private FlowPane orderRefs;
    @FXML private HBox orderRefBox;
    @FXML private TextField orderRefField;
    @FXML private Button addOrderRef;
    @FXML private Label notesTitle;
    @FXML private VBox noteBox;
    @FXML private TextArea noteField;
    @FXML private Button addNote;
    @FXML private VBox timeline;

    public ContactProfileView(ContactProfileViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.sections = new ProfileSections(messages, model::day);
    }

    @FXML
    private void initialize() {
        error.textProperty().bind(model.errorProperty());
        notice.textProperty().bind(model.noticeProperty());
        showWhenText(error);
        showWhenText(notice);
        model.profileProperty().addListener((obs, old, now) -> show(now));
        model.timeline().addListener((javafx.collections.ListChangeListener<TimelineLine>) c ->
                sections.fillTimeline(timeline, model.timeline()));
        bindRemarkEditor();
        bindTagEditor();
        addNote.setOnAction(e -> submitNote());
        addNote.disableProperty().bind(noteField.textProperty().isEmpty().or(model.busyProperty()));
        noteField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                submitNote();
                e.consume();
            }
        });
        addOrderRef.disableProperty().bind(orderRefField.textProperty().isEmpty().or(model.busyProperty()));
        addOrderRef.setOnAction(e -> {
            model.addOrderRef(orderRefField.getText());
            orderRefField.clear();
        });
        show(null);
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void submitNote() {
        if (!noteField.getText().isBlank()) {
            model.addNote(noteField.getText());
            noteField.clear();
        }
    }

    private void bindRemarkEditor() {
        setShown(remarkEditor, false);
        editRemark.setOnAction(e -> {
            FollowInfo own = model.profileProperty().get().editableFollow().orElseThrow();
            remarkField.setText(own.remark() == null ? "" : own.remark());
            descriptionField.setText(own.description() == null ? "" : own.description());
            setShown(remarkEditor, true);
            remarkField.requestFocus();
        });
        cancelRemark.setOnAction(e -> setShown(remarkEditor, false));
        saveRemark.setOnAction(e -> {
            model.saveRemark(remarkField.getText(), descriptionField.getText());
            setShown(remarkEditor, false);
        });
        saveRemark.disableProperty().bind(model.busyProperty());
        ProfileSections.counter(remarkField.textProperty(), remarkCount, ContactEditService.REMARK_MAX);
        ProfileSections.counter(descriptionField.textProperty(), descriptionCount, ContactEditService.DESCRIPTION_MAX);
    }

    private void bindTagEditor() {
        setShown(tagEditor, false);
        editTags.setOnAction(e -> openTagEditor());
        cancelTags.setOnAction(e -> setShown(tagEditor, false));
        saveTags.disableProperty().bind(model.busyProperty());
        saveTags.setOnAction(e -> {
            Set<String> chosen = new LinkedHashSet<>();
            tagGroups.lookupAll(".tag-toggle").forEach(node -> {
                ToggleButton toggle = (ToggleButton) node;
                if (toggle.isSelected()) {
                    chosen.add((String) toggle.getUserData());
                }
            });
            model.saveTags(chosen);
            setShown(tagEditor, false);
        });
    }

    private void openTagEditor() {
        FollowInfo own = model.profileProperty().get().editableFollow().orElseThrow();
        Set<String> current = new LinkedHashSet<>();
        own.tags().forEach(t -> current.add(t.tagId()));
        sections.fillTagEditor(tagGroups, model.tagGroups(), current);
        setShown(tagEditor, true);
    }

    private void show(ContactProfile profile) {
        boolean shown = profile != null;
        setShown(content, shown);
        setShown(emptyHint, !shown);
        setShown(remarkEditor, false);
        setShown(tagEditor, false);
        if (!shown) {
            return;
        }
        avatar.setText(profile.name().isEmpty() ? "?" : profile.name().substring(0, 1));
        FollowInfo own = profile.editableFollow().orElse(null);
        name.setText(own != null && own.remark() != null && !own.remark().isBlank() ? own.remark() : profile.name());
        subtitle.setText(sections.subtitle(profile));
        sections.fillFacts(facts, profile);
        boolean editable = own != null;
        setShown(mineTitle, editable);
        setShown(mine, editable);
        setShown(notesTitle, editable);
        setShown(noteBox, editable);
        setShown(orderRefBox, editable);
        setShown(pendingBadge, own != null && own.pending().any());
        pendingBadge.setText(messages.get(own != null && own.pending().failed() ? "contacts.profile.pendingFailed"
                : "contacts.profile.pending"));
        if (editable) {
            remark.setText(messages.get("contacts.profile.remarkLine", text(own.remark())));
            description.setText(text(own.description()));
            editTags.setDisable(own.lost());
            editRemark.setDisable(own.lost());
            sections.fillChips(tagChips, own);
            sections.fillFollowFacts(followFacts, own);
        }
        var otherFollows = profile.follows().stream().filter(f -> !f.editable()).toList();
        setShown(othersTitle, !otherFollows.isEmpty());
        sections.fillOthers(others, otherFollows);
        orderSummary.setText(sections.orders(profile));
        orderRefs.getChildren().setAll(profile.orderRefs().stream().map(ContactCells::chip).toList());
        root.setVvalue(0);
    }

    private String text(String value) {
        return value == null || value.isBlank() ? messages.get("contacts.profile.none") : value;
    }

    private static void setShown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    public void focusNote() {
        if (noteBox.isVisible()) {
            noteField.requestFocus();
        }
    }

    /** Ctrl+T: the same as the 编辑标签 button, when it is there and enabled. */
    public void editTags() {
        if (editTags.isVisible() && !editTags.isDisabled() && mine.isVisible()) {
            editTags.fire();
        }
    }

    /** Ctrl+R: the same as the 编辑备注 button. */
    public void editRemark() {
        if (editRemark.isVisible() && !editRemark.isDisabled() && mine.isVisible()) {
            editRemark.fire();
        }
    }

    public ScrollPane root() {
        return root;
    }
}
