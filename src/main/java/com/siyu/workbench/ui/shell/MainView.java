package com.siyu.workbench.ui.shell;

import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.settings.Theme;
import com.siyu.workbench.ui.Screen;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/** The shell's code-behind: binds the view models and swaps the centre screen. */
public final class MainView {
    private final MainViewModel model;
    private final StatusBarViewModel status;
    private final ScreenRegistry screens;
    private final Messages messages;
    private final Appearance appearance;
    private Screen shown;

    @FXML private BorderPane root;
    @FXML private ComboBox<MemberChoice> memberSwitcher;
    @FXML private MenuButton appMenu;
    @FXML private RadioMenuItem lightTheme;
    @FXML private RadioMenuItem darkTheme;
    @FXML private RadioMenuItem chinese;
    @FXML private RadioMenuItem english;
    @FXML private ListView<NavEntry> navigation;
    @FXML private StackPane content;
    @FXML private Label connectivity;
    @FXML private Label lastSync;
    @FXML private Label outbox;
    @FXML private ProgressBar syncProgress;
    @FXML private Label progressText;
    @FXML private Button cancelSync;
    @FXML private Label notice;
    @FXML private Label member;
    @FXML private Button syncNow;

    private final ChangeListener<NavEntry> selectionListener = (obs, old, now) -> show(now);

    public MainView(MainViewModel model, StatusBarViewModel status, ScreenRegistry screens, Messages messages,
                    Appearance appearance) {
        this.model = model;
        this.status = status;
        this.screens = screens;
        this.messages = messages;
        this.appearance = appearance;
    }

    @FXML
    private void initialize() {
        bindMemberSwitcher();
        bindNavigation();
        bindStatusBar();
        bindAppearanceMenu();
    }

    private void bindMemberSwitcher() {
        memberSwitcher.setItems(model.memberChoices());
        memberSwitcher.setConverter(new StringConverter<>() {
            @Override
            public String toString(MemberChoice choice) {
                return choice == null ? "" : MainViewModel.label(choice, messages::get);
            }

            @Override
            public MemberChoice fromString(String text) {
                return null;
            }
        });
        memberSwitcher.valueProperty().bindBidirectional(model.currentMemberProperty());
        memberSwitcher.setOnAction(e -> {
            MemberChoice picked = memberSwitcher.getValue();
            if (picked != null) {
                model.switchTo(picked);
            }
        });
    }

    private void bindNavigation() {
        navigation.setItems(model.navEntries());
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(NavEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : messages.get(entry.labelKey()));
                setId(empty || entry == null ? null : "nav-" + entry.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedEntryProperty().set(now);
            }
        });
        model.selectedEntryProperty().addListener(selectionListener);
        model.selectedEntryProperty().addListener((obs, old, now) -> navigation.getSelectionModel().select(now));
        // A member switch replaces the entries, which clears the list's selection; when the new member keeps the open
        // entry the model's value does not change (nothing fires), so the entry is highlighted again here.
        model.navEntries().addListener((ListChangeListener<NavEntry>) change ->
                navigation.getSelectionModel().select(model.selectedEntryProperty().get()));
        show(model.selectedEntryProperty().get());
        navigation.getSelectionModel().select(model.selectedEntryProperty().get());
    }

    private void bindStatusBar() {
        connectivity.textProperty().bind(status.connectivityProperty());
        status.onlineProperty().addListener((obs, was, isOnline) -> markOnline(isOnline));
        lastSync.textProperty().bind(status.lastSyncProperty());
        outbox.textProperty().bind(status.outboxProperty());
        member.textProperty().bind(status.memberProperty());
        notice.textProperty().bind(status.noticeProperty());
        syncProgress.progressProperty().bind(status.progressProperty());
        syncProgress.visibleProperty().bind(status.runningProperty());
        syncProgress.managedProperty().bind(status.runningProperty());
        progressText.textProperty().bind(status.progressTextProperty());
        progressText.visibleProperty().bind(status.runningProperty());
        cancelSync.visibleProperty().bind(status.runningProperty());
        cancelSync.managedProperty().bind(status.runningProperty());
        cancelSync.setOnAction(e -> status.cancelSync());
        syncNow.disableProperty().bind(status.runningProperty());
        syncNow.setOnAction(e -> status.syncNow());
        status.activate();
        markOnline(status.onlineProperty().get());
    }

    private void markOnline(boolean isOnline) {
        connectivity.getStyleClass().removeAll("online", "offline");
        connectivity.getStyleClass().add(isOnline ? "online" : "offline");
    }

    private void bindAppearanceMenu() {
        ToggleGroup themes = new ToggleGroup();
        lightTheme.setToggleGroup(themes);
        darkTheme.setToggleGroup(themes);
        (appearance.theme() == Theme.DARK ? darkTheme : lightTheme).setSelected(true);
        lightTheme.setOnAction(e -> appearance.applyTheme(Theme.LIGHT));
        darkTheme.setOnAction(e -> appearance.applyTheme(Theme.DARK));
        ToggleGroup languages = new ToggleGroup();
        chinese.setToggleGroup(languages);
        english.setToggleGroup(languages);
        (messages.language() == Language.EN ? english : chinese).setSelected(true);
        chinese.setOnAction(e -> appearance.switchLanguage(Language.ZH_CN));
        english.setOnAction(e -> appearance.switchLanguage(Language.EN));
    }

    private void show(NavEntry entry) {
        if (shown != null) {
            shown.deactivate();
        }
        shown = entry == null ? null : screens.screen(entry);
        if (shown == null) {
            content.getChildren().setAll(new Label(messages.get("shell.noRole")));
            return;
        }
        content.getChildren().setAll(shown.root());
        shown.activate();
    }

    /** Called when the shell is discarded (language switch, exit): drop every listener it attached. */
    public void dispose() {
        if (shown != null) {
            shown.deactivate();
        }
        model.selectedEntryProperty().removeListener(selectionListener);
        status.deactivate();
    }

    public BorderPane root() {
        return root;
    }
}
