package com.siyu.workbench.contacts;

import com.siyu.workbench.i18n.Messages;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/** The contact list's code-behind: binds {@link ContactsViewModel} to the controls, nothing more. */
public final class ContactsView {
    /** Rows before the end at which the next page is requested. */
    private static final int PREFETCH = 15;
    private static final List<Integer> NOT_TOUCHED_DAYS = java.util.Arrays.asList(null, 3, 7, 14, 30, 60, 90);

    private final ContactsViewModel model;
    private final Messages messages;
    private final ZoneId zone;
    private final java.time.Clock clock;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private ToggleButton filterToggle;
    @FXML private ComboBox<SavedFilter> savedFilters;
    @FXML private Button saveFilter;
    @FXML private Button deleteFilter;
    @FXML private FlowPane filterBar;
    @FXML private MenuButton tagMenu;
    @FXML private ChoiceBox<TagMode> tagMode;
    @FXML private MenuButton stageMenu;
    @FXML private MenuButton channelMenu;
    @FXML private DatePicker addedFrom;
    @FXML private DatePicker addedTo;
    @FXML private ComboBox<Integer> notTouched;
    @FXML private ChoiceBox<FollowStatusFilter> status;
    @FXML private Button clearFilters;
    @FXML private Label summary;
    @FXML private ProgressIndicator loading;
    @FXML private Label error;
    @FXML private SplitPane split;
    @FXML private TableView<ContactRow> table;
    @FXML private TableColumn<ContactRow, ContactRow> nameColumn;
    @FXML private TableColumn<ContactRow, ContactRow> tagsColumn;
    @FXML private TableColumn<ContactRow, ContactRow> stageColumn;
    @FXML private TableColumn<ContactRow, ContactRow> channelColumn;
    @FXML private TableColumn<ContactRow, ContactRow> addedColumn;
    @FXML private TableColumn<ContactRow, ContactRow> touchColumn;
    @FXML private TableColumn<ContactRow, ContactRow> statusColumn;
    @FXML private TableColumn<ContactRow, ContactRow> memberColumn;
    @FXML private StackPane profileHolder;

    private SaveFilterPrompt saveFilterPrompt = name -> { };

    public ContactsView(ContactsViewModel model, Messages messages, java.time.Clock clock) {
        this.model = model;
        this.messages = messages;
        this.zone = clock.getZone();
        this.clock = clock;
    }

    /** Asks for a saved filter's name (a dialog in the app). */
    @FunctionalInterface
    public interface SaveFilterPrompt {
        void ask(java.util.function.Consumer<String> onName);
    }

    public void setSaveFilterPrompt(SaveFilterPrompt prompt) {
        this.saveFilterPrompt = prompt;
    }

    @FXML
    private void initialize() {
        bindSearch();
        bindFilters();
        bindSavedFilters();
        bindTable();
        summary.textProperty().bind(model.summaryProperty());
        error.textProperty().bind(model.errorProperty());
        loading.visibleProperty().bind(model.loadingProperty());
    }

    private void bindSearch() {
        searchField.textProperty().bindBidirectional(model.queryProperty());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
            }
        });
    }

    private void bindFilters() {
        filterToggle.selectedProperty().bindBidirectional(model.filtersShownProperty());
        filterBar.visibleProperty().bind(model.filtersShownProperty());
        filterBar.managedProperty().bind(model.filtersShownProperty());
        tagMode.getItems().setAll(TagMode.values());
        tagMode.setConverter(enumText("contacts.filter.tagMode."));
        tagMode.valueProperty().bindBidirectional(model.tagModeProperty());
        status.getItems().setAll(FollowStatusFilter.values());
        status.setConverter(enumText("contacts.filter.status."));
        status.valueProperty().bindBidirectional(model.statusProperty());
        addedFrom.valueProperty().bindBidirectional(model.addedFromProperty());
        addedTo.valueProperty().bindBidirectional(model.addedToProperty());
        notTouched.getItems().setAll(NOT_TOUCHED_DAYS);
        notTouched.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer days) {
                return days == null ? messages.get("contacts.filter.anyTouch")
                        : messages.get("contacts.filter.notTouchedDays", days);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        notTouched.valueProperty().bindBidirectional(model.notTouchedDaysProperty());
        clearFilters.setOnAction(e -> model.clearFilters());
        model.tagGroups().addListener((ListChangeListener<TagGroup>) c -> rebuildTagMenus());
        model.channelChoices().addListener((ListChangeListener<Map.Entry<String, String>>) c -> rebuildChannels());
        model.tags().addListener((ListChangeListener<String>) c -> rebuildTagMenus());
        model.stages().addListener((ListChangeListener<String>) c -> rebuildTagMenus());
        model.channels().addListener((ListChangeListener<String>) c -> rebuildChannels());
    }

    private void rebuildTagMenus() {
        tagMenu.getItems().clear();
        stageMenu.getItems().clear();
        for (TagGroup group : model.tagGroups()) {
            MenuButton target = group.isStage() ? stageMenu : tagMenu;
            ObservableList<String> chosen = group.isStage() ? model.stages() : model.tags();
            if (!group.isStage()) {
                if (!tagMenu.getItems().isEmpty()) {
                    tagMenu.getItems().add(new SeparatorMenuItem());
                }
                MenuItem header = new MenuItem(group.name());
                header.setDisable(true);
                tagMenu.getItems().add(header);
            }
            for (TagChip tag : group.tags()) {
                target.getItems().add(check("filter-tag-" + tag.tagId(), tag.name(), tag.tagId(), chosen));
            }
        }
        tagMenu.setText(label("contacts.filter.tags", model.tags().size()));
        stageMenu.setText(label("contacts.filter.stage", model.stages().size()));
    }

    private void rebuildChannels() {
        channelMenu.getItems().clear();
        for (Map.Entry<String, String> channel : model.channelChoices()) {
            channelMenu.getItems().add(check("filter-channel-" + channel.getKey(), channel.getValue(),
                    channel.getKey(), model.channels()));
        }
        channelMenu.setText(label("contacts.filter.channel", model.channels().size()));
    }

    private String label(String key, int chosen) {
        return chosen == 0 ? messages.get(key) : messages.get(key) + " (" + chosen + ")";
    }

    private static CheckMenuItem check(String id, String text, String value, ObservableList<String> chosen) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setSelected(chosen.contains(value));
        item.selectedProperty().addListener((obs, was, now) -> {
            if (now && !chosen.contains(value)) {
                chosen.add(value);
            } else if (!now) {
                chosen.remove(value);
            }
        });
        return item;
    }

    private void bindSavedFilters() {
        savedFilters.setItems(model.savedFilters());
        savedFilters.setConverter(new StringConverter<>() {
            @Override
            public String toString(SavedFilter saved) {
                return saved == null ? "" : saved.name();
            }

            @Override
            public SavedFilter fromString(String text) {
                return null;
            }
        });
        savedFilters.setOnAction(e -> model.apply(savedFilters.getValue()));
        saveFilter.setOnAction(e -> saveFilterPrompt.ask(model::saveFilter));
        deleteFilter.disableProperty().bind(savedFilters.valueProperty().isNull());
        deleteFilter.setOnAction(e -> {
            SavedFilter chosen = savedFilters.getValue();
            savedFilters.setValue(null);
            model.deleteFilter(chosen);
        });
    }

    private void bindTable() {
        table.setItems(model.rows());
        for (TableColumn<ContactRow, ContactRow> column : List.of(nameColumn, tagsColumn, stageColumn, channelColumn,
                addedColumn, touchColumn, statusColumn, memberColumn)) {
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        }
        nameColumn.setCellFactory(ContactCells.name());
        tagsColumn.setCellFactory(ContactCells.tags());
        stageColumn.setCellFactory(ContactCells.text(r -> r.stage() == null ? "" : r.stage(), null));
        channelColumn.setCellFactory(ContactCells.text(r -> r.channelName() == null ? "" : r.channelName(), null));
        addedColumn.setCellFactory(ContactCells.text(r -> ContactCells.day(r.addedAt(), zone), null));
        touchColumn.setCellFactory(ContactCells.text(r -> ContactCells.sinceTouch(r, clock, messages), null));
        statusColumn.setCellFactory(ContactCells.status(messages));
        memberColumn.setCellFactory(ContactCells.text(r -> r.followMemberName() == null ? r.followUserid()
                : r.followMemberName(), null));
        memberColumn.visibleProperty().bind(model.teamScopeProperty());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("lost"), !empty && row != null
                        && row.lost());
                if (!empty && getIndex() >= table.getItems().size() - PREFETCH) {
                    model.loadMore();
                }
            }
        });
        table.setSortPolicy(t -> {
            applySort();
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
    }

    /** Column sorting is done by the database (the table holds only loaded pages). */
    private void applySort() {
        if (table.getSortOrder().isEmpty()) {
            model.sortProperty().set(ContactSort.ADDED_NEWEST);
            return;
        }
        TableColumn<ContactRow, ?> column = table.getSortOrder().get(0);
        boolean ascending = column.getSortType() == TableColumn.SortType.ASCENDING;
        if (column == nameColumn) {
            model.sortProperty().set(ContactSort.NAME);
        } else if (column == touchColumn) {
            model.sortProperty().set(ascending ? ContactSort.TOUCHED_LONGEST_AGO : ContactSort.TOUCHED_RECENTLY);
        } else {
            model.sortProperty().set(ascending ? ContactSort.ADDED_OLDEST : ContactSort.ADDED_NEWEST);
        }
    }

    private <E extends Enum<E>> StringConverter<E> enumText(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void showProfile(javafx.scene.Node profile) {
        profileHolder.getChildren().setAll(profile);
    }

    public BorderPane root() {
        return root;
    }
}
