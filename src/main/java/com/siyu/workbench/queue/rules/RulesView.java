package com.siyu.workbench.queue.rules;

import com.siyu.workbench.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** The rule editor's code-behind: binds the form fields to {@link RuleForm} and the list to the view model. */
public final class RulesView {
    private final RulesViewModel vm;
    private final Messages m;
    private boolean syncingContent;
    private boolean syncingFilter;

    @FXML private BorderPane root;
    @FXML private Label readOnlyLabel;
    @FXML private Label noticeLabel;
    @FXML private Button newButton;
    @FXML private ListView<SopRule> ruleList;
    @FXML private VBox formPane;
    @FXML private TextField nameField;
    @FXML private ComboBox<Section> sectionBox;
    @FXML private Spinner<Integer> prioritySpinner;
    @FXML private CheckBox enabledBox;
    @FXML private ComboBox<TriggerType> triggerBox;
    @FXML private Label daysLabel;
    @FXML private Spinner<Integer> daysSpinner;
    @FXML private ComboBox<Choice> triggerTagBox;
    @FXML private ComboBox<String> dateFieldBox;
    @FXML private CheckComboBox<Choice> tagsAllBox;
    @FXML private CheckComboBox<Choice> tagsAnyBox;
    @FXML private CheckComboBox<Choice> tagsNoneBox;
    @FXML private CheckComboBox<Choice> stagesBox;
    @FXML private CheckComboBox<Choice> statesBox;
    @FXML private CheckComboBox<Choice> membersBox;
    @FXML private CheckComboBox<Choice> departmentsBox;
    @FXML private ComboBox<Choice> savedFilterBox;
    @FXML private ComboBox<ActionType> actionBox;
    @FXML private Label contentLabel;
    @FXML private ComboBox<RuleChoices.ContentOption> contentBox;
    @FXML private Label fromStepLabel;
    @FXML private Spinner<Integer> fromStepSpinner;
    @FXML private CheckBox onlyThisStepBox;
    @FXML private TextArea textArea;
    @FXML private Spinner<Integer> dayOffsetSpinner;
    @FXML private ComboBox<WindowPreset> windowBox;
    @FXML private TextField windowStartField;
    @FXML private TextField windowEndField;
    @FXML private CheckBox stopRepliedBox;
    @FXML private CheckBox stopBoughtBox;
    @FXML private CheckBox stopJoinedBox;
    @FXML private CheckBox stopLostBox;
    @FXML private TextField maxPerDayField;
    @FXML private Label problemsLabel;
    @FXML private HBox buttons;
    @FXML private Button saveButton;
    @FXML private Button toggleButton;
    @FXML private ComboBox<Choice> previewMemberBox;
    @FXML private Label previewLabel;

    private final ChangeListener<RuleChoices> choicesListener = (obs, old, now) -> offer(now);

    public RulesView(RulesViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(RulesView.class.getResource("/css/queue.css").toExternalForm());
        bindList();
        bindBasics();
        bindTrigger();
        bindAudience();
        bindAction();
        bindTiming();
        problemsLabel.textProperty().bind(vm.problemsProperty());
        noticeLabel.textProperty().bind(vm.noticeProperty());
        previewLabel.textProperty().bind(vm.previewProperty());
        previewMemberBox.valueProperty().bindBidirectional(vm.previewMemberProperty());
        readOnlyLabel.visibleProperty().bind(vm.editableProperty().not());
        for (var node : List.of(newButton, buttons)) {
            node.visibleProperty().bind(vm.editableProperty());
            node.managedProperty().bind(vm.editableProperty());
        }
        formPane.getChildren().stream().filter(n -> n instanceof javafx.scene.layout.GridPane)
                .forEach(grid -> grid.disableProperty().bind(vm.editableProperty().not()));
        vm.choicesProperty().addListener(choicesListener);
        vm.selectedProperty().addListener((obs, old, now) -> toggleButton.setText(m.get(
                now != null && now.enabled() ? "queue.rules.disable" : "queue.rules.enable")));
        toggleButton.disableProperty().bind(vm.selectedProperty().isNull());
    }

    private void bindList() {
        ruleList.setItems(vm.rules());
        ruleList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SopRule rule, boolean empty) {
                super.updateItem(rule, empty);
                if (empty || rule == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(rule.name());
                name.getStyleClass().add("rules-list-name");
                Label summary = new Label(vm.summary(rule));
                summary.getStyleClass().add("today-muted");
                VBox box = new VBox(2, name, summary);
                // A cell never widens the list: long names end in "…" instead of a horizontal scroll bar.
                setPrefWidth(0);
                if (!rule.enabled()) {
                    box.getStyleClass().add("rules-disabled");
                    name.setText(rule.name() + "  " + m.get("queue.rules.disabledMark"));
                }
                setGraphic(box);
                setText(null);
            }
        });
        ruleList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != vm.selectedProperty().get()) {
                vm.select(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                ruleList.getSelectionModel().clearSelection();
            } else if (ruleList.getSelectionModel().getSelectedItem() == null
                    || !ruleList.getSelectionModel().getSelectedItem().id().equals(now.id())) {
                vm.rules().stream().filter(r -> r.id().equals(now.id())).findFirst()
                        .ifPresent(r -> ruleList.getSelectionModel().select(r));
            }
        });
    }

    private void bindBasics() {
        RuleForm f = vm.form();
        nameField.textProperty().bindBidirectional(f.name);
        enabledBox.selectedProperty().bindBidirectional(f.enabled);
        sectionBox.getItems().setAll(Section.values());
        sectionBox.setConverter(converter(s -> m.get("queue.today.group." + s.name())));
        sectionBox.valueProperty().bindBidirectional(f.section);
        spinner(prioritySpinner, 0, 100, f.priority);
    }

    private void bindTrigger() {
        RuleForm f = vm.form();
        triggerBox.getItems().setAll(TriggerType.values());
        triggerBox.setConverter(converter(t -> m.get("queue.rules.trigger." + t.name(), "N")));
        triggerBox.valueProperty().bindBidirectional(f.trigger);
        spinner(daysSpinner, 0, 3650, f.days);
        triggerTagBox.valueProperty().bindBidirectional(f.triggerTag);
        dateFieldBox.getItems().setAll(Trigger.BIRTHDAY, Trigger.ANNIVERSARY);
        dateFieldBox.setConverter(converter(d -> m.get("queue.reason.field." + d)));
        dateFieldBox.valueProperty().bindBidirectional(f.dateField);
        f.trigger.addListener((obs, old, now) -> showTriggerFields(now));
        showTriggerFields(f.trigger.get());
    }

    private void showTriggerFields(TriggerType type) {
        boolean days = type != null && type.usesDays();
        boolean tag = type != null && type.usesTag();
        show(daysLabel, days);
        show(daysSpinner, days);
        show(triggerTagBox, tag);
        show(dateFieldBox, type == TriggerType.DATE_FIELD);
    }

    private void bindAudience() {
        RuleForm f = vm.form();
        String any = m.get("queue.rules.field.noFilter");
        CheckSync.bind(tagsAllBox, f.tagsAll, any);
        CheckSync.bind(tagsAnyBox, f.tagsAny, any);
        CheckSync.bind(tagsNoneBox, f.tagsNone, any);
        CheckSync.bind(stagesBox, f.stages, any);
        CheckSync.bind(statesBox, f.states, any);
        CheckSync.bind(membersBox, f.members, m.get("queue.rules.field.allMembers"));
        CheckSync.bind(departmentsBox, f.departments, m.get("queue.rules.field.allDepartments"));
        savedFilterBox.valueProperty().addListener((obs, old, now) -> {
            if (!syncingFilter) {
                f.savedFilter.set(now == null ? "" : now.value());
            }
        });
        f.savedFilter.addListener((obs, old, now) -> selectSavedFilter());
    }

    /** Offers "no filter" and the saved filters; keeps a rule's filter that no longer exists visible as such. */
    private void offerSavedFilters(RuleChoices choices) {
        syncingFilter = true;
        try {
            List<Choice> options = new ArrayList<>();
            options.add(new Choice("", m.get("queue.rules.field.noFilter")));
            options.addAll(choices.savedFilters());
            savedFilterBox.getItems().setAll(options);
        } finally {
            syncingFilter = false;
        }
        selectSavedFilter();
    }

    private void selectSavedFilter() {
        String id = vm.form().savedFilter.get() == null ? "" : vm.form().savedFilter.get().strip();
        syncingFilter = true;
        try {
            Choice option = savedFilterBox.getItems().stream().filter(c -> c.value().equals(id)).findFirst()
                    .orElse(null);
            if (option == null) {
                option = new Choice(id, m.get("queue.rules.field.savedFilterMissing", id));
                savedFilterBox.getItems().add(option);
            }
            savedFilterBox.setValue(option);
        } finally {
            syncingFilter = false;
        }
    }

    private void bindAction() {
        RuleForm f = vm.form();
        actionBox.getItems().setAll(ActionType.values());
        actionBox.setConverter(converter(a -> m.get("queue.rules.actionType." + a.name())));
        actionBox.valueProperty().bindBidirectional(f.action);
        contentBox.setConverter(converter(c -> c.approved() ? c.name() + "（" + c.id() + "）"
                : m.get("queue.rules.contentNotApproved", c.name(), c.id())));
        contentBox.valueProperty().addListener((obs, old, now) -> {
            if (!syncingContent) {
                f.contentId.set(now == null ? null : now.id());
            }
        });
        f.contentId.addListener((obs, old, now) -> selectContent());
        f.action.addListener((obs, old, now) -> {
            offerContents();
            showActionFields(now);
        });
        spinner(fromStepSpinner, 1, 30, f.fromStep);
        onlyThisStepBox.selectedProperty().bindBidirectional(f.onlyThisStep);
        textArea.textProperty().bindBidirectional(f.text);
        showActionFields(f.action.get());
    }

    private void showActionFields(ActionType type) {
        boolean sends = type != null && type.sends();
        show(contentBox, sends);
        show(contentLabel, sends);
        show(fromStepLabel, type == ActionType.SCRIPT);
        show(fromStepSpinner, type == ActionType.SCRIPT);
        show(onlyThisStepBox, type == ActionType.SCRIPT);
    }

    private void offerContents() {
        RuleChoices choices = vm.choicesProperty().get();
        ActionType type = vm.form().action.get();
        List<RuleChoices.ContentOption> options = new ArrayList<>();
        if (choices != null && type != null && type.sends()) {
            choices.contents().stream().filter(c -> c.type().equals(type.name())).forEach(options::add);
        }
        syncingContent = true;
        try {
            contentBox.getItems().setAll(options);
        } finally {
            syncingContent = false;
        }
        selectContent();
    }

    /** Shows the form's content id, even one the content library does not hold (yet). */
    private void selectContent() {
        String id = vm.form().contentId.get();
        syncingContent = true;
        try {
            if (id == null) {
                contentBox.setValue(null);
                return;
            }
            RuleChoices.ContentOption option = contentBox.getItems().stream().filter(c -> c.id().equals(id))
                    .findFirst().orElse(null);
            if (option == null) {
                option = new RuleChoices.ContentOption(id, String.valueOf(vm.form().action.get()),
                        m.get("queue.rules.contentMissing"), false);
                contentBox.getItems().add(option);
            }
            contentBox.setValue(option);
        } finally {
            syncingContent = false;
        }
    }

    private void bindTiming() {
        RuleForm f = vm.form();
        spinner(dayOffsetSpinner, 0, 3650, f.dayOffset);
        windowBox.getItems().setAll(WindowPreset.values());
        windowBox.setConverter(converter(w -> m.get(w.labelKey())));
        windowBox.valueProperty().bindBidirectional(f.window);
        windowStartField.textProperty().bindBidirectional(f.windowStart);
        windowEndField.textProperty().bindBidirectional(f.windowEnd);
        f.window.addListener((obs, old, now) -> showWindowFields(now));
        showWindowFields(f.window.get());
        stopRepliedBox.selectedProperty().bindBidirectional(f.stopReplied);
        stopBoughtBox.selectedProperty().bindBidirectional(f.stopBought);
        stopJoinedBox.selectedProperty().bindBidirectional(f.stopJoined);
        stopLostBox.selectedProperty().bindBidirectional(f.stopLost);
        maxPerDayField.textProperty().bindBidirectional(f.maxPerDay);
    }

    private void showWindowFields(WindowPreset preset) {
        show(windowStartField, preset == WindowPreset.CUSTOM);
        show(windowEndField, preset == WindowPreset.CUSTOM);
    }

    private void offer(RuleChoices choices) {
        RuleForm f = vm.form();
        CheckSync.offer(tagsAllBox, choices.tags(), f.tagsAll);
        CheckSync.offer(tagsAnyBox, choices.tags(), f.tagsAny);
        CheckSync.offer(tagsNoneBox, choices.tags(), f.tagsNone);
        CheckSync.offer(stagesBox, choices.stages(), f.stages);
        CheckSync.offer(statesBox, choices.channels(), f.states);
        CheckSync.offer(membersBox, choices.members(), f.members);
        CheckSync.offer(departmentsBox, choices.departments(), f.departments);
        List<Choice> tagTriggers = new ArrayList<>();
        choices.tagGroups().forEach(g -> tagTriggers.add(new Choice("group:" + g.value(),
                m.get("queue.rules.anyTagOf", g.label()))));
        choices.tags().forEach(t -> tagTriggers.add(new Choice("tag:" + t.value(), t.label())));
        Choice current = f.triggerTag.get();
        if (current != null && tagTriggers.stream().noneMatch(c -> c.value().equals(current.value()))) {
            tagTriggers.add(current);
        }
        triggerTagBox.getItems().setAll(tagTriggers);
        previewMemberBox.getItems().setAll(choices.membersWithContacts());
        offerSavedFilters(choices);
        offerContents();
    }

    private static void spinner(Spinner<Integer> spinner, int min, int max,
                                javafx.beans.property.ObjectProperty<Integer> value) {
        IntegerSpinnerValueFactory factory = new IntegerSpinnerValueFactory(min, max, min);
        spinner.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(value);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    @FXML
    private void onNew() {
        vm.newRule();
        nameField.requestFocus();
    }

    @FXML
    private void onSave() {
        vm.save();
    }

    @FXML
    private void onToggle() {
        vm.toggleEnabled();
    }

    @FXML
    private void onPreview() {
        vm.refreshPreview();
    }

    public BorderPane root() {
        return root;
    }

    void dispose() {
        vm.choicesProperty().removeListener(choicesListener);
    }
}
