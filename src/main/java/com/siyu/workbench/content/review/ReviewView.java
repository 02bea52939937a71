package com.siyu.workbench.content.review;

import com.siyu.workbench.content.ContentVersion;
import com.siyu.workbench.content.library.ActionBinder;
import com.siyu.workbench.content.library.LintPresenter;
import com.siyu.workbench.content.lint.Finding;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.ui.Screen;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** 审核's code-behind: the queue, the side-by-side diff, findings and the decision. */
public final class ReviewView implements Screen {
    private final ReviewViewModel model;
    private final Messages messages;
    private final EventHandler<KeyEvent> shortcuts;
    private Runnable removeShortcuts = () -> { };

    @FXML private SplitPane root;
    @FXML private Label queueTitle;
    @FXML private ListView<ContentVersion> queue;
    @FXML private Label baseLabel;
    @FXML private Label submissionLabel;
    @FXML private ScrollPane diffScroll;
    @FXML private VBox diffRows;
    @FXML private Label emptyHint;
    @FXML private Label lintSummary;
    @FXML private ListView<Finding> findings;
    @FXML private TextArea reason;
    @FXML private Label hint;
    @FXML private Label ownNote;
    @FXML private Button rejectButton;
    @FXML private Button approveButton;

    public ReviewView(ReviewViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.shortcuts = ActionBinder.shortcuts(model.actions());
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(ReviewView.class.getResource("/css/content.css").toExternalForm());
        queueTitle.textProperty().bind(Bindings.createStringBinding(() -> messages.get("content.review.queue",
                model.queue().size()), model.queue()));
        queue.setItems(model.queue());
        queue.setCellFactory(v -> new QueueCell());
        queue.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> queue.getSelectionModel().select(now));
        baseLabel.textProperty().bind(model.baseLabelProperty());
        submissionLabel.textProperty().bind(model.submissionLabelProperty());
        model.diff().addListener((ListChangeListener<TextDiff.Row>) c -> renderDiff());
        emptyHint.visibleProperty().bind(Bindings.isEmpty(model.queue()));
        emptyHint.managedProperty().bind(emptyHint.visibleProperty());
        diffScroll.visibleProperty().bind(Bindings.isNotEmpty(model.queue()));
        LintPresenter lint = new LintPresenter(messages);
        findings.setItems(model.findings());
        findings.setCellFactory(v -> lint.cell(f -> { }));
        lintSummary.textProperty().bind(Bindings.createStringBinding(() -> model.findings().isEmpty()
                ? messages.get("content.lint.clean") : messages.get("content.lint.summary", model.errorsProperty().get(),
                model.findings().size() - model.errorsProperty().get()), model.findings(), model.errorsProperty()));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        hint.textProperty().bind(model.hintProperty());
        ownNote.textProperty().bind(model.ownNoteProperty());
        ownNote.visibleProperty().bind(model.ownNoteProperty().isNotEmpty());
        ownNote.managedProperty().bind(ownNote.visibleProperty());
        model.reasonRequestsProperty().addListener((obs, old, now) -> reason.requestFocus());
        ActionBinder binder = new ActionBinder(messages);
        binder.bind(approveButton, model.approveAction());
        binder.bind(rejectButton, model.rejectAction());
    }

    private void renderDiff() {
        diffRows.getChildren().clear();
        for (TextDiff.Row row : model.diff()) {
            TextFlow left = side(row.left(), row.leftChanges(), "diff-removed-text");
            TextFlow right = side(row.right(), row.rightChanges(), "diff-added-text");
            HBox line = new HBox(12, left, right);
            HBox.setHgrow(left, Priority.ALWAYS);
            HBox.setHgrow(right, Priority.ALWAYS);
            left.prefWidthProperty().bind(diffScroll.widthProperty().subtract(40).divide(2));
            right.prefWidthProperty().bind(diffScroll.widthProperty().subtract(40).divide(2));
            left.getStyleClass().add(row.kind() == TextDiff.Kind.SAME ? "diff-same"
                    : row.left() == null ? "diff-blank" : "diff-removed");
            right.getStyleClass().add(row.kind() == TextDiff.Kind.SAME ? "diff-same"
                    : row.right() == null ? "diff-blank" : "diff-added");
            line.getStyleClass().addAll("diff-row", "diff-" + row.kind().name().toLowerCase(java.util.Locale.ROOT));
            diffRows.getChildren().add(line);
        }
        diffScroll.setVvalue(0);
    }

    private static TextFlow side(String text, List<TextDiff.Span> changes, String changedStyle) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("diff-side");
        if (text == null) {
            return flow;
        }
        int at = 0;
        for (TextDiff.Span span : changes) {
            if (span.start() > at) {
                flow.getChildren().add(new Text(text.substring(at, span.start())));
            }
            Text changed = new Text(text.substring(span.start(), span.end()));
            changed.getStyleClass().add(changedStyle);
            flow.getChildren().add(changed);
            at = span.end();
        }
        if (at < text.length() || text.isEmpty()) {
            flow.getChildren().add(new Text(text.isEmpty() ? " " : text.substring(at)));
        }
        return flow;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
        removeShortcuts = ActionBinder.install(root, shortcuts);
        queue.requestFocus();
    }

    @Override
    public void deactivate() {
        removeShortcuts.run();
        removeShortcuts = () -> { };
        model.deactivate();
    }

    /** A submission: its name, then type and author. */
    private final class QueueCell extends ListCell<ContentVersion> {
        QueueCell() {
            setPrefWidth(0); // follow the list's width instead of scrolling sideways
        }

        @Override
        protected void updateItem(ContentVersion v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(v.body().name() + "  v" + v.version());
            name.getStyleClass().add("content-item-name");
            Label meta = new Label(model.queueLabel(v));
            meta.getStyleClass().add("content-item-meta");
            setText(null);
            setGraphic(new VBox(2, name, meta));
        }
    }
}
