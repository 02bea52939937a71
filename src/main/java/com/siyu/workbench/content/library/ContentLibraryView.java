package com.siyu.workbench.content.library;

import com.siyu.workbench.content.Attachment;
import com.siyu.workbench.content.ContactVariables.GroupChoice;
import com.siyu.workbench.content.ContactVariables.PreviewContact;
import com.siyu.workbench.content.ContentStatus;
import com.siyu.workbench.content.ContentSummary;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.ContentVersion;
import com.siyu.workbench.content.ScopeTarget;
import com.siyu.workbench.content.ScopeType;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.ui.Screen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** 内容库's code-behind: binds {@link ContentLibraryViewModel} to the FXML and forwards clicks and keys. */
public final class ContentLibraryView implements Screen {
    private final ContentLibraryViewModel model;
    private final Messages messages;
    private final ActionBinder binder;
    private final EventHandler<KeyEvent> shortcuts;
    private Runnable removeShortcuts = () -> { };
    private MessageEditor messageEditor;

    @FXML private SplitPane root;
    @FXML private TextField search;
    @FXML private ComboBox<ContentType> typeFilter;
    @FXML private ComboBox<String> sceneFilter;
    @FXML private ComboBox<ContentStatus> statusFilter;
    @FXML private ListView<ContentSummary> list;
    @FXML private Button newScript;
    @FXML private Button newWelcome;
    @FXML private Button newInvite;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private Button wordsButton;
    @FXML private VBox editorPane;
    @FXML private Label statusText;
    @FXML private Button proposeButton;
    @FXML private Button retireButton;
    @FXML private Button saveButton;
    @FXML private Button submitButton;
    @FXML private Label reviewReason;
    @FXML private Label emptyHint;
    @FXML private VBox fields;
    @FXML private TextField nameField;
    @FXML private Node scriptFields;
    @FXML private Node messageFields;
    @FXML private ComboBox<String> sceneField;
    @FXML private TextField audienceField;
    @FXML private ComboBox<ScopeType> scopeType;
    @FXML private SearchableComboBox<ScopeTarget> scopeTarget;
    @FXML private Label scopeProblem;
    @FXML private Label groupLabel;
    @FXML private ComboBox<GroupChoice> targetGroup;
    @FXML private Label joinLabel;
    @FXML private TextField joinLink;
    @FXML private Label joinWayStatus;
    @FXML private VBox stepsPane;
    @FXML private ListView<StepModel> stepList;
    @FXML private Button addStep;
    @FXML private Button removeStep;
    @FXML private Button stepUp;
    @FXML private Button stepDown;
    @FXML private Spinner<Integer> daySpinner;
    @FXML private TextField windowStart;
    @FXML private TextField windowEnd;
    @FXML private Label textLabel;
    @FXML private Node textHeader;
    @FXML private Node paletteRow;
    @FXML private TextArea messageText;
    @FXML private FlowPane palette;
    @FXML private Label byteCount;
    @FXML private TextFlow highlight;
    @FXML private VBox groupWelcomePane;
    @FXML private TextArea groupWelcomeText;
    @FXML private VBox attachmentsPane;
    @FXML private MenuButton addAttachment;
    @FXML private Button removeAttachment;
    @FXML private ListView<Attachment> attachmentList;
    @FXML private GridPane attachmentForm;
    @FXML private Label lintSummary;
    @FXML private ListView<com.siyu.workbench.content.lint.Finding> findingList;
    @FXML private ComboBox<PreviewContact> previewContact;
    @FXML private VBox bubbles;
    @FXML private TableView<ContentVersion> historyTable;

    public ContentLibraryView(ContentLibraryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.binder = new ActionBinder(messages);
        this.shortcuts = ActionBinder.shortcuts(model.actions().all());
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(ContentLibraryView.class.getResource("/css/content.css").toExternalForm());
        bindList();
        bindActions();
        bindFields();
        messageEditor = new MessageEditor(model, messages, new MessageEditor.Controls(stepList, addStep, removeStep,
                stepUp, stepDown, daySpinner, windowStart, windowEnd, messageText, palette, byteCount, highlight,
                groupWelcomeText, findingList, lintSummary,
                new AttachmentForm(attachmentForm, attachmentList, messages), addAttachment, removeAttachment));
        messageEditor.bind();
        bindPreview();
        new HistoryTable(historyTable, messages, model::memberNameOf).bind(model.history());
        BooleanBinding open = model.currentProperty().isNotNull().or(model.creatingProperty());
        for (Node n : List.of(fields, textHeader, messageText, paletteRow, attachmentsPane)) {
            n.visibleProperty().bind(open);
            n.managedProperty().bind(open);
        }
        emptyHint.visibleProperty().bind(open.not());
        emptyHint.managedProperty().bind(open.not());
        reviewReason.textProperty().bind(Bindings.when(model.reviewReasonProperty().isEmpty()).then("")
                .otherwise(Bindings.concat(messages.get("content.library.rejectedBecause"),
                        model.reviewReasonProperty())));
        reviewReason.visibleProperty().bind(model.reviewReasonProperty().isNotEmpty());
        reviewReason.managedProperty().bind(reviewReason.visibleProperty());
        model.editor().typeProperty().addListener((obs, old, now) -> showTypeFields());
        open.addListener((obs, old, now) -> showTypeFields());
        showTypeFields();
    }

    private void bindList() {
        search.textProperty().bindBidirectional(model.queryProperty());
        typeFilter.getItems().setAll(Arrays.asList(null, ContentType.SCRIPT, ContentType.WELCOME, ContentType.INVITE));
        typeFilter.setConverter(converter(t -> t == null ? messages.get("content.filter.allTypes")
                : model.typeLabel(t)));
        typeFilter.valueProperty().bindBidirectional(model.typeFilterProperty());
        statusFilter.getItems().setAll(Arrays.asList(null, ContentStatus.DRAFT, ContentStatus.SUBMITTED,
                ContentStatus.APPROVED, ContentStatus.REJECTED, ContentStatus.RETIRED));
        statusFilter.setConverter(converter(s -> s == null ? messages.get("content.filter.allStatuses")
                : messages.get("content.status." + s.name())));
        statusFilter.valueProperty().bindBidirectional(model.statusFilterProperty());
        sceneFilter.setConverter(converter(s -> s == null ? messages.get("content.filter.allScenes") : s));
        model.scenes().addListener((ListChangeListener<String>) c -> refreshScenes());
        refreshScenes();
        sceneFilter.valueProperty().bindBidirectional(model.sceneFilterProperty());
        list.setItems(model.items());
        list.setCellFactory(v -> new SummaryCell(model, messages));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.open(now.id());
            }
        });
    }

    private void refreshScenes() {
        List<String> items = new ArrayList<>();
        items.add(null);
        items.addAll(model.scenes());
        String selected = sceneFilter.getValue();
        sceneFilter.getItems().setAll(items);
        sceneFilter.setValue(selected);
        sceneField.getItems().setAll(model.scenes());
    }

    private void bindActions() {
        LibraryActions a = model.actions();
        binder.bind(newScript, a.newScript());
        binder.bind(newWelcome, a.newWelcome());
        binder.bind(newInvite, a.newInvite());
        binder.bind(importButton, a.importFile());
        binder.bind(exportButton, a.exportFile());
        binder.bind(wordsButton, a.editWords());
        binder.bind(proposeButton, a.propose());
        binder.bind(retireButton, a.retire());
        binder.bind(saveButton, a.save());
        binder.bind(submitButton, a.submit());
        for (Button b : List.of(newWelcome, newInvite, importButton, wordsButton, retireButton)) {
            b.visibleProperty().bind(model.canEditProperty().or(model.canReviewProperty()));
            b.managedProperty().bind(b.visibleProperty());
        }
        proposeButton.visibleProperty().bind(a.propose().enabled());
        proposeButton.managedProperty().bind(proposeButton.visibleProperty());
        statusText.textProperty().bind(model.statusTextProperty());
    }

    private void bindFields() {
        ContentEditorModel e = model.editor();
        BooleanBinding locked = model.editableProperty().not();
        nameField.textProperty().bindBidirectional(e.nameProperty());
        nameField.editableProperty().bind(model.editableProperty());
        sceneField.valueProperty().bindBidirectional(e.sceneProperty());
        sceneField.disableProperty().bind(locked);
        audienceField.textProperty().bindBidirectional(e.audienceProperty());
        audienceField.editableProperty().bind(model.editableProperty());
        scopeType.getItems().setAll(ScopeType.DEFAULT, ScopeType.STATE, ScopeType.MEMBER, ScopeType.DEPARTMENT);
        scopeType.setConverter(converter(t -> t == null ? "" : messages.get("content.scope." + t.name())));
        scopeType.valueProperty().bindBidirectional(e.scopeTypeProperty());
        scopeType.disableProperty().bind(locked);
        bindScopePicker(e, locked);
        targetGroup.setItems(model.groups());
        targetGroup.setConverter(converter(g -> g == null ? "" : g.name()));
        targetGroup.disableProperty().bind(locked);
        targetGroup.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                e.targetChatIdProperty().set(now.chatId());
            }
        });
        e.targetChatIdProperty().addListener((obs, old, now) -> selectGroup(now));
        model.groups().addListener((ListChangeListener<GroupChoice>) c -> selectGroup(e.targetChatIdProperty().get()));
        joinLink.textProperty().bindBidirectional(e.joinQrCodeProperty());
        joinLink.editableProperty().bind(model.editableProperty());
        joinWayStatus.textProperty().bind(model.joinWayStatusProperty());
    }

    private void bindScopePicker(ContentEditorModel e, BooleanBinding locked) {
        ScopePicker picker = model.scopePicker();
        scopeTarget.setItems(picker.choices());
        scopeTarget.setConverter(converter(t -> t == null ? "" : t.detail().isEmpty() || t.detail().equals(t.label())
                ? t.label() : messages.get("content.editor.scopeTarget", t.label(), t.detail())));
        scopeTarget.valueProperty().bindBidirectional(picker.selectedProperty());
        scopeTarget.disableProperty().bind(locked.or(e.scopeTypeProperty().isEqualTo(ScopeType.DEFAULT)));
        scopeTarget.promptTextProperty().bind(Bindings.createStringBinding(() -> e.scopeTypeProperty().get() == null
                ? "" : messages.get("content.scope.hint." + e.scopeTypeProperty().get().name()),
                e.scopeTypeProperty()));
        scopeProblem.textProperty().bind(picker.problemProperty());
        scopeProblem.visibleProperty().bind(picker.problemProperty().isNotEmpty());
        scopeProblem.managedProperty().bind(scopeProblem.visibleProperty());
    }

    private void selectGroup(String chatId) {
        GroupChoice match = model.groups().stream().filter(g -> g.chatId().equals(chatId)).findFirst().orElse(null);
        if (targetGroup.getValue() != match) {
            targetGroup.setValue(match);
        }
    }

    private void bindPreview() {
        PreviewModel p = model.preview();
        previewContact.setItems(p.contacts());
        previewContact.setConverter(converter(c -> c == null ? "" : c.memberName() == null ? c.name()
                : messages.get("content.preview.contactOf", c.name(), c.memberName())));
        previewContact.valueProperty().bindBidirectional(p.contactProperty());
        p.bubbles().addListener((ListChangeListener<PreviewBubble>) c -> renderBubbles());
        p.senderNameProperty().addListener((obs, old, now) -> renderBubbles());
    }

    private void renderBubbles() {
        bubbles.getChildren().setAll(new ChatBubbles(messages).render(model.preview().bubbles(),
                model.preview().senderNameProperty().get()));
    }

    private void showTypeFields() {
        ContentType type = model.editor().typeProperty().get();
        boolean open = model.currentProperty().get() != null || model.creatingProperty().get();
        boolean script = open && type == ContentType.SCRIPT;
        boolean message = open && type != ContentType.SCRIPT;
        boolean invite = open && type == ContentType.INVITE;
        show(script, scriptFields, stepsPane);
        show(message, messageFields);
        show(invite, groupLabel, targetGroup, joinLabel, joinLink, groupWelcomePane);
        textLabel.setText(messages.get(script ? "content.editor.stepText" : "content.editor.text"));
    }

    private static void show(boolean visible, Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
        removeShortcuts = ActionBinder.install(root, shortcuts);
    }

    @Override
    public void deactivate() {
        removeShortcuts.run();
        removeShortcuts = () -> { };
        model.deactivate();
    }
}
