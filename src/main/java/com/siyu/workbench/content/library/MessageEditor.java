package com.siyu.workbench.content.library;

import com.siyu.workbench.content.Attachment;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.TemplateVariables;
import com.siyu.workbench.content.lint.Finding;
import com.siyu.workbench.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.TextFlow;

/**
 * The message part of the editor: the step list of a script, the text area (a script's selected step or the
 * welcome/invite text), the variable palette that inserts at the caret, lint marks under the text and the finding
 * list, and the attachments of the message being edited.
 */
final class MessageEditor {
    /** The controls this part binds. */
    record Controls(ListView<StepModel> stepList, Button addStep, Button removeStep, Button stepUp, Button stepDown,
                    Spinner<Integer> day, TextField windowStart, TextField windowEnd, TextArea text,
                    FlowPane palette, Label byteCount, TextFlow highlight, TextArea groupWelcome,
                    ListView<Finding> findings, Label summary, AttachmentForm attachments, MenuButton addAttachment,
                    Button removeAttachment) {
    }

    private final ContentLibraryViewModel model;
    private final ContentEditorModel editor;
    private final Messages messages;
    private final Controls c;
    private final LintPresenter lint;
    private StringProperty boundText;
    private StepModel boundStep;
    private TextInputControl lastText;

    MessageEditor(ContentLibraryViewModel model, Messages messages, Controls controls) {
        this.model = model;
        this.editor = model.editor();
        this.messages = messages;
        this.c = controls;
        this.lint = new LintPresenter(messages);
    }

    void bind() {
        BooleanBinding locked = model.editableProperty().not();
        c.stepList().setItems(editor.steps());
        c.stepList().setCellFactory(v -> new StepCell());
        c.stepList().getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                editor.selectedStepProperty().set(now);
            }
        });
        editor.selectedStepProperty().addListener((obs, old, now) -> {
            c.stepList().getSelectionModel().select(now);
            rebind();
        });
        editor.typeProperty().addListener((obs, old, now) -> rebind());
        c.addStep().setOnAction(e -> editor.addStep());
        c.removeStep().setOnAction(e -> editor.removeStep(editor.selectedStepProperty().get()));
        c.stepUp().setOnAction(e -> editor.moveStep(editor.selectedStepProperty().get(), -1));
        c.stepDown().setOnAction(e -> editor.moveStep(editor.selectedStepProperty().get(), 1));
        for (Button b : List.of(c.addStep(), c.removeStep(), c.stepUp(), c.stepDown())) {
            b.disableProperty().bind(locked);
        }
        c.day().setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 365, 0));
        c.day().disableProperty().bind(locked);
        c.day().valueProperty().addListener((obs, old, now) -> {
            if (boundStep != null && now != null) {
                boundStep.dayProperty().set(now);
            }
        });
        for (TextInputControl t : List.of(c.windowStart(), c.windowEnd(), c.text(), c.groupWelcome())) {
            t.editableProperty().bind(model.editableProperty());
        }
        c.groupWelcome().textProperty().bindBidirectional(editor.groupWelcomeTextProperty());
        c.text().focusedProperty().addListener((obs, was, is) -> remember(c.text(), is));
        c.groupWelcome().focusedProperty().addListener((obs, was, is) -> remember(c.groupWelcome(), is));
        lastText = c.text();
        bindPalette(locked);
        bindLint();
        bindAttachments(locked);
        rebind();
    }

    private void remember(TextInputControl control, boolean focused) {
        if (focused) {
            lastText = control;
        }
    }

    /** Points the text area, day and window fields at the selected step (scripts) or at the message text. */
    private void rebind() {
        if (boundText != null) {
            c.text().textProperty().unbindBidirectional(boundText);
        }
        if (boundStep != null) {
            c.windowStart().textProperty().unbindBidirectional(boundStep.windowStartProperty());
            c.windowEnd().textProperty().unbindBidirectional(boundStep.windowEndProperty());
        }
        boolean script = editor.typeProperty().get() == ContentType.SCRIPT;
        boundStep = script ? editor.selectedStepProperty().get() : null;
        boundText = script ? (boundStep == null ? null : boundStep.textProperty()) : editor.textProperty();
        if (boundText != null) {
            c.text().textProperty().bindBidirectional(boundText);
        } else {
            c.text().setText("");
        }
        c.text().setDisable(boundText == null);
        if (boundStep != null) {
            c.windowStart().textProperty().bindBidirectional(boundStep.windowStartProperty());
            c.windowEnd().textProperty().bindBidirectional(boundStep.windowEndProperty());
            c.day().getValueFactory().setValue(boundStep.dayProperty().get());
        }
        c.attachments().show(script ? (boundStep == null ? javafx.collections.FXCollections.observableArrayList()
                : boundStep.attachments()) : editor.attachments());
        refreshMarks();
    }

    private void bindPalette(BooleanBinding locked) {
        for (TemplateVariables.Variable v : TemplateVariables.all()) {
            Button b = new Button(v.placeholder());
            b.getStyleClass().addAll("small", "variable-chip");
            b.setFocusTraversable(false);
            b.setId("var-" + v.name());
            b.disableProperty().bind(locked);
            b.setTooltip(new javafx.scene.control.Tooltip(messages.get("content.editor.fallback", v.fallback())));
            b.setOnAction(e -> insert(v.placeholder()));
            c.palette().getChildren().add(b);
        }
    }

    /** Inserts at the caret of the text field last worked in, replacing a selection, and keeps typing there. */
    void insert(String placeholder) {
        TextInputControl target = lastText.isDisabled() || !lastText.isVisible() ? c.text() : lastText;
        target.replaceSelection(placeholder);
        target.requestFocus();
    }

    private void bindLint() {
        c.findings().setItems(editor.findings());
        c.findings().setCellFactory(v -> lint.cell(this::apply));
        c.findings().getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> reveal(now));
        editor.findings().addListener((ListChangeListener<Finding>) ch -> refreshMarks());
        c.summary().textProperty().bind(Bindings.createStringBinding(() -> editor.errorsProperty().get()
                        + editor.warningsProperty().get() == 0 ? messages.get("content.lint.clean")
                        : messages.get("content.lint.summary", editor.errorsProperty().get(),
                        editor.warningsProperty().get()), editor.errorsProperty(), editor.warningsProperty()));
        c.text().textProperty().addListener((obs, old, now) -> refreshMarks());
    }

    private String activeField() {
        if (editor.typeProperty().get() != ContentType.SCRIPT) {
            return "text";
        }
        return boundStep == null ? "" : editor.stepField(boundStep);
    }

    private void refreshMarks() {
        String text = c.text().getText() == null ? "" : c.text().getText();
        String field = activeField();
        List<Finding> here = editor.findings().stream().filter(f -> f.field().equals(field) && f.end() > f.start())
                .toList();
        c.highlight().getChildren().setAll(lint.highlight(text, here));
        c.highlight().setVisible(!here.isEmpty());
        c.highlight().setManaged(!here.isEmpty());
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        c.byteCount().setText(messages.get("content.editor.bytes", bytes, 4000));
    }

    /** Shows where a finding is: selects its step and its range in the text. */
    private void reveal(Finding f) {
        if (f == null) {
            return;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("steps\\[(\\d+)]\\..*").matcher(f.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < editor.steps().size()) {
            editor.selectedStepProperty().set(editor.steps().get(Integer.parseInt(m.group(1))));
        }
        TextInputControl target = f.field().equals("groupWelcomeText") ? c.groupWelcome()
                : f.field().endsWith("text") ? c.text() : null;
        if (target != null && f.end() <= target.getLength()) {
            target.selectRange(f.start(), f.end());
        }
    }

    private void apply(Finding f) {
        if (model.editableProperty().get()) {
            editor.replace(f.field(), f.start(), f.end(), f.replacement());
        }
    }

    private void bindAttachments(BooleanBinding locked) {
        c.attachments().editableProperty().bind(model.editableProperty());
        c.addAttachment().disableProperty().bind(locked);
        c.removeAttachment().disableProperty().bind(locked);
        for (Attachment blank : List.of(new Attachment.Link(null, null, null, null),
                new Attachment.Image(null, null), new Attachment.MiniProgram(null, null, null, null),
                new Attachment.File(null), new Attachment.Video(null))) {
            MenuItem item = new MenuItem(messages.get("content.attachment." + blank.msgtype()));
            item.setId("add-" + blank.msgtype());
            item.setOnAction(e -> c.attachments().add(blank));
            c.addAttachment().getItems().add(item);
        }
        c.removeAttachment().setOnAction(e -> c.attachments().removeSelected());
    }

    /** A step as one line: number, day, window and the start of its text. */
    private final class StepCell extends ListCell<StepModel> {
        StepCell() {
            setPrefWidth(0); // follow the list's width and ellipsize, instead of scrolling sideways
        }

        @Override
        protected void updateItem(StepModel s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                return;
            }
            String window = s.windowStartProperty().get().isBlank() ? messages.get("content.preview.anyTime")
                    : s.windowStartProperty().get() + "–" + s.windowEndProperty().get();
            String text = s.textProperty().get().replace('\n', ' ');
            setText(messages.get("content.editor.stepLine", getIndex() + 1, s.dayProperty().get(), window,
                    text.length() > 40 ? text.substring(0, 40) + "…" : text));
        }
    }
}
