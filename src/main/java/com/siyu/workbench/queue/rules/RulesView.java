package com.siyu.workbench.queue.rules;

import static com.siyu.workbench.queue.rules.EditorControls.converter;
import static com.siyu.workbench.queue.rules.EditorControls.showWhen;
import static com.siyu.workbench.queue.rules.EditorControls.spinner;

import com.siyu.workbench.i18n.Messages;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/** The rule editor's code-behind: binds the form fields to {@link RuleForm} and the list to the view model. */
public final class RulesView {
    private final RulesViewModel vm;
    private final Messages m;
    private final RuleOptions options;
    private AudiencePicker audience;
    private IdPicker<RuleChoices.ContentOption> contentPicker;

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
        this.options = new RuleOptions(m);
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
        formPane.getChildren().stream().filter(n -> n instanceof GridPane)
                .forEach(grid -> grid.disableProperty().bind(vm.editableProperty().not()));
        vm.choicesProperty().addListener(choicesListener);
        vm.selectedProperty().addListener((obs, old, now) -> toggleButton.setText(m.get(
                now != null && now.enabled() ? "queue.rules.disable" : "queue.rules.enable")));
        toggleButton.disableProperty().bind(vm.selectedProperty().isNull());
    }

    private void bindList() {
        ruleList.setItems(vm.rules());
        ruleList.setCellFactory(list -> new RuleCell(vm::summary, m.get("queue.rules.disabledMark")));
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
        sectionBox.setConverter(converter(options::section));
        sectionBox.valueProperty().bindBidirectional(f.section);
        spinner(prioritySpinner, 0, 100, f.priority);
    }

    private void bindTrigger() {
        RuleForm f = vm.form();
        triggerBox.getItems().setAll(TriggerType.values());
        triggerBox.setConverter(converter(options::trigger));
        triggerBox.valueProperty().bindBidirectional(f.trigger);
        spinner(daysSpinner, 0, 3650, f.days);
        triggerTagBox.valueProperty().bindBidirectional(f.triggerTag);
        dateFieldBox.getItems().setAll(Trigger.BIRTHDAY, Trigger.ANNIVERSARY);
        dateFieldBox.setConverter(converter(options::dateField));
        dateFieldBox.valueProperty().bindBidirectional(f.dateField);
        showWhen(f.usesDays(), daysLabel, daysSpinner);
        showWhen(f.usesTriggerTag(), triggerTagBox);
        showWhen(f.usesDateField(), dateFieldBox);
    }

    private void bindAudience() {
        RuleForm f = vm.form();
        String any = m.get("queue.rules.field.noFilter");
        audience = new AudiencePicker(options, savedFilterBox, f.savedFilter)
                .check(tagsAllBox, f.tagsAll, RuleChoices::tags, any)
                .check(tagsAnyBox, f.tagsAny, RuleChoices::tags, any)
                .check(tagsNoneBox, f.tagsNone, RuleChoices::tags, any)
                .check(stagesBox, f.stages, RuleChoices::stages, any)
                .check(statesBox, f.states, RuleChoices::channels, any)
                .check(membersBox, f.members, RuleChoices::members, m.get("queue.rules.field.allMembers"))
                .check(departmentsBox, f.departments, RuleChoices::departments,
                        m.get("queue.rules.field.allDepartments"));
    }

    private void bindAction() {
        RuleForm f = vm.form();
        actionBox.getItems().setAll(ActionType.values());
        actionBox.setConverter(converter(options::action));
        actionBox.valueProperty().bindBidirectional(f.action);
        contentBox.setConverter(converter(options::content));
        contentPicker = new IdPicker<>(contentBox, f.contentId, RuleChoices.ContentOption::id, null, id -> id,
                id -> options.missingContent(id, f.action.get()));
        f.action.addListener((obs, old, now) -> offerContents());
        spinner(fromStepSpinner, 1, 30, f.fromStep);
        onlyThisStepBox.selectedProperty().bindBidirectional(f.onlyThisStep);
        textArea.textProperty().bindBidirectional(f.text);
        showWhen(f.sendsContent(), contentLabel, contentBox);
        showWhen(f.sendsScript(), fromStepLabel, fromStepSpinner, onlyThisStepBox);
    }

    private void offerContents() {
        contentPicker.offer(options.contents(vm.choicesProperty().get(), vm.form().action.get()));
    }

    private void bindTiming() {
        RuleForm f = vm.form();
        spinner(dayOffsetSpinner, 0, 3650, f.dayOffset);
        windowBox.getItems().setAll(WindowPreset.values());
        windowBox.setConverter(converter(options::window));
        windowBox.valueProperty().bindBidirectional(f.window);
        windowStartField.textProperty().bindBidirectional(f.windowStart);
        windowEndField.textProperty().bindBidirectional(f.windowEnd);
        showWhen(f.customWindow(), windowStartField, windowEndField);
        stopRepliedBox.selectedProperty().bindBidirectional(f.stopReplied);
        stopBoughtBox.selectedProperty().bindBidirectional(f.stopBought);
        stopJoinedBox.selectedProperty().bindBidirectional(f.stopJoined);
        stopLostBox.selectedProperty().bindBidirectional(f.stopLost);
        maxPerDayField.textProperty().bindBidirectional(f.maxPerDay);
    }

    private void offer(RuleChoices choices) {
        RuleForm f = vm.form();
        audience.offer(choices);
        triggerTagBox.getItems().setAll(options.tagTriggers(choices, f.triggerTag.get()));
        previewMemberBox.getItems().setAll(choices.membersWithContacts());
        offerContents();
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
