package com.siyu.workbench.queue.today;

import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.queue.TagRef;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The walk-through's code-behind: binds the view model, builds the action buttons and maps the keys. */
public final class TodayView {
    private final TodayViewModel vm;
    private final Messages m;
    private final Map<TodayAction, KeyCombination> keys = new EnumMap<>(TodayAction.class);
    private boolean syncingSelection;

    @FXML private BorderPane root;
    @FXML private Label dateLabel;
    @FXML private ProgressBar dayProgress;
    @FXML private Label progressLabel;
    @FXML private Label noticeLabel;
    @FXML private TextField searchField;
    @FXML private Button summaryButton;
    @FXML private Button helpButton;
    @FXML private ListView<TodayRow> taskList;
    @FXML private ScrollPane cardScroll;
    @FXML private VBox card;
    @FXML private Label kindLabel;
    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private Label stateLabel;
    @FXML private Label statusLabel;
    @FXML private FlowPane tagPane;
    @FXML private Label channelLabel;
    @FXML private Label addedLabel;
    @FXML private Label touchLabel;
    @FXML private Label reasonLabel;
    @FXML private Label windowLabel;
    @FXML private Label contentLabel;
    @FXML private Label messageLabel;
    @FXML private FlowPane actionBar;
    @FXML private StackPane panelHost;
    @FXML private VBox emptyState;
    @FXML private StackPane overlayHost;

    private final ChangeListener<CardText> cardListener = (obs, old, now) -> showCard(now);
    private final ChangeListener<TodayPanel> panelListener = (obs, old, now) -> showPanel(now);

    public TodayView(TodayViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        for (TodayAction action : TodayAction.values()) {
            if (action.key() != null) {
                keys.put(action, KeyCombination.valueOf(action.key()));
            }
        }
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(TodayView.class.getResource("/css/queue.css").toExternalForm());
        dateLabel.textProperty().bind(vm.dateTextProperty());
        dayProgress.progressProperty().bind(vm.progressProperty());
        progressLabel.textProperty().bind(vm.progressTextProperty());
        noticeLabel.textProperty().bind(vm.noticeProperty());
        searchField.textProperty().bindBidirectional(vm.searchProperty());
        bindList();
        buildActionBar();
        summaryButton.setText(m.get(TodayAction.SUMMARY.labelKey()) + "  " + TodayAction.SUMMARY.keyLabel());
        summaryButton.setOnAction(e -> vm.execute(TodayAction.SUMMARY));
        helpButton.setText("?");
        helpButton.setTooltip(new Tooltip(m.get(TodayAction.HELP.labelKey())));
        helpButton.setOnAction(e -> vm.execute(TodayAction.HELP));
        vm.cardProperty().addListener(cardListener);
        vm.panelProperty().addListener(panelListener);
        vm.searchRequestsProperty().addListener((obs, old, now) -> searchField.requestFocus());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::onTyped);
        showCard(vm.cardProperty().get());
    }

    private void bindList() {
        taskList.setItems(vm.rows());
        taskList.setCellFactory(list -> new TodayCell(m));
        taskList.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!syncingSelection && now.intValue() >= 0) {
                vm.select(now.intValue());
                syncSelection(vm.focusIndexProperty().get());
            }
        });
        vm.focusIndexProperty().addListener((obs, old, now) -> syncSelection(now.intValue()));
    }

    private void syncSelection(int index) {
        syncingSelection = true;
        try {
            if (index < 0) {
                taskList.getSelectionModel().clearSelection();
            } else if (taskList.getSelectionModel().getSelectedIndex() != index) {
                taskList.getSelectionModel().select(index);
                taskList.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void buildActionBar() {
        for (TodayAction action : TodayAction.values()) {
            if (!action.actsOnTask()) {
                continue;
            }
            Button button = new Button(m.get(action.labelKey()) + "  " + action.keyLabel());
            button.setId("action-" + action.name().toLowerCase(java.util.Locale.ROOT));
            button.setFocusTraversable(false);
            button.disableProperty().bind(vm.enabledProperty(action).not());
            button.setOnAction(e -> vm.execute(action));
            if (action == TodayAction.SEND) {
                button.getStyleClass().add("accent");
            }
            actionBar.getChildren().add(button);
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            if (vm.panelProperty().get() != TodayPanel.NONE) {
                vm.closePanel();
            } else if (searchField.isFocused()) {
                taskList.requestFocus();
            }
            e.consume();
            return;
        }
        if (e.getTarget() == searchField && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN)) {
            taskList.requestFocus();
            e.consume();
            return;
        }
        if (typing(e) || formOpen()) {
            return;
        }
        for (Map.Entry<TodayAction, KeyCombination> entry : keys.entrySet()) {
            if (entry.getValue().match(e)) {
                if (vm.execute(entry.getKey())) {
                    e.consume();
                }
                return;
            }
        }
    }

    /** "/" (search) and "?" (help), whichever keys type them on the guide's keyboard. */
    private void onTyped(KeyEvent e) {
        if (typing(e) || formOpen()) {
            return;
        }
        for (TodayAction action : TodayAction.values()) {
            if (e.getCharacter().equals(action.typed())) {
                vm.execute(action);
                e.consume();
                return;
            }
        }
    }

    private boolean typing(KeyEvent e) {
        return e.getTarget() instanceof TextInputControl;
    }

    private boolean formOpen() {
        TodayPanel panel = vm.panelProperty().get();
        return panel == TodayPanel.SKIP || panel == TodayPanel.SNOOZE || panel == TodayPanel.NOTE
                || panel == TodayPanel.TAGS;
    }

    private void showCard(CardText text) {
        boolean has = text != null;
        cardScroll.setVisible(has);
        emptyState.setVisible(!has && !vm.loadingProperty().get());
        if (!has) {
            return;
        }
        kindLabel.setText(text.kind());
        titleLabel.setText(text.title());
        subtitleLabel.setText(text.subtitle());
        stateLabel.setText(text.state());
        stateLabel.getStyleClass().removeAll("lost", "active");
        stateLabel.getStyleClass().add(text.lost() ? "lost" : "active");
        statusLabel.setText(text.status());
        tagPane.getChildren().clear();
        for (TagRef tag : text.tags()) {
            Label chip = new Label(tag.name());
            chip.getStyleClass().add("today-tag");
            chip.setTooltip(new Tooltip(tag.group()));
            tagPane.getChildren().add(chip);
        }
        if (text.tags().isEmpty()) {
            Label none = new Label(m.get("queue.today.card.noTags"));
            none.getStyleClass().add("today-muted");
            tagPane.getChildren().add(none);
        }
        channelLabel.setText(text.channel());
        addedLabel.setText(text.added());
        touchLabel.setText(text.lastTouch());
        reasonLabel.setText(text.reason());
        windowLabel.setText(text.window());
        contentLabel.setText(text.contentLabel());
        messageLabel.setText(text.message());
        cardScroll.setVvalue(0);
    }

    private void showPanel(TodayPanel panel) {
        panelHost.getChildren().clear();
        overlayHost.getChildren().clear();
        PanelView view = switch (panel) {
            case SKIP -> new SkipPanel(vm);
            case SNOOZE -> new SnoozePanel(vm);
            case NOTE -> new NotePanel(vm);
            case TAGS -> new TagPanel(vm);
            case HELP -> new HelpOverlay(m);
            case SUMMARY -> vm.summaryProperty().get() == null ? null
                    : new SummaryOverlay(m, vm.summaryProperty().get());
            case NONE -> null;
        };
        if (view == null) {
            taskList.requestFocus();
            return;
        }
        Node node = view.node();
        if (panel == TodayPanel.HELP || panel == TodayPanel.SUMMARY) {
            StackPane.setAlignment(node, javafx.geometry.Pos.TOP_RIGHT);
            overlayHost.getChildren().add(node);
        } else {
            panelHost.getChildren().add(node);
        }
        view.focus();
    }

    /** Keyboard focus to the list, so the keys work at once when the screen shows. */
    void focusList() {
        taskList.requestFocus();
    }

    public BorderPane root() {
        return root;
    }

    /** Drops the listeners on the view model (the screen is discarded). */
    void dispose() {
        vm.cardProperty().removeListener(cardListener);
        vm.panelProperty().removeListener(panelListener);
    }
}
