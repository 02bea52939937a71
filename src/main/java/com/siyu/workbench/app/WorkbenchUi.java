package com.siyu.workbench.app;

import com.siyu.workbench.admin.ConnectionCheck;
import com.siyu.workbench.admin.ConnectionView;
import com.siyu.workbench.admin.ConnectionViewModel;
import com.siyu.workbench.admin.OutboxIssuesView;
import com.siyu.workbench.admin.OutboxIssuesViewModel;
import com.siyu.workbench.admin.RolesView;
import com.siyu.workbench.admin.RolesViewModel;
import com.siyu.workbench.admin.SettingsScreen;
import com.siyu.workbench.admin.SyncLogView;
import com.siyu.workbench.admin.SyncLogViewModel;
import com.siyu.workbench.contacts.ContactsScreen;
import com.siyu.workbench.audit.TeamScreen;
import com.siyu.workbench.content.ContentScreens;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.queue.rules.RulesScreen;
import com.siyu.workbench.queue.today.TodayScreen;
import com.siyu.workbench.settings.WindowBounds;
import com.siyu.workbench.sync.SyncTrigger;
import com.siyu.workbench.ui.ControllerFactory;
import com.siyu.workbench.ui.DialogService;
import com.siyu.workbench.ui.FxDialogService;
import com.siyu.workbench.ui.FxTaskExecutor;
import com.siyu.workbench.ui.Screen;
import com.siyu.workbench.ui.Session;
import com.siyu.workbench.ui.UiThread;
import com.siyu.workbench.ui.ViewLoader;
import com.siyu.workbench.ui.shell.MainView;
import com.siyu.workbench.ui.shell.MainViewModel;
import com.siyu.workbench.ui.shell.NavEntry;
import com.siyu.workbench.ui.shell.PlaceholderScreen;
import com.siyu.workbench.ui.shell.ScreenRegistry;
import com.siyu.workbench.ui.shell.StatusBarViewModel;
import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import com.siyu.workbench.core.BackgroundTask;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The composition root of the desktop UI, on top of {@link Workbench}: builds view models, views and screens with
 * their dependencies. A language switch rebuilds the shell (texts are bound at load time) but keeps the session.
 */
public final class WorkbenchUi implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkbenchUi.class);
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final Workbench workbench;
    private final Stage stage;
    private final StartupProbe startupProbe;
    private final Session session = new Session();
    private final FxTaskExecutor executor;
    private final SyncTrigger syncTrigger;
    /** The link to WeCom; null in UI tests that run on a prepared local copy only. */
    private final LiveConnection live;
    /** Tries WeCom credentials from the settings form; absent without a live connection. */
    private final ConnectionCheck connectionCheck;
    private MainViewModel mainModel;
    private Messages messages;
    private DialogService dialogs;
    private MainView shell;
    private StatusBarViewModel statusBar;
    /** Set on close: a sync that ends while the app shuts down must not touch the closing database. */
    private boolean closed;
    private boolean connectStarted;

    /** A UI on the local copy only (no WeCom): what UI tests use. */
    public WorkbenchUi(Workbench workbench, Stage stage, StartupProbe startupProbe, CrashReporter crashes) {
        this(workbench, stage, startupProbe, crashes, null);
    }

    public WorkbenchUi(Workbench workbench, Stage stage, StartupProbe startupProbe, CrashReporter crashes,
                       LiveConnection live) {
        this.workbench = workbench;
        this.stage = stage;
        this.startupProbe = startupProbe;
        this.executor = new FxTaskExecutor(2, crashes::report);
        this.live = live;
        this.syncTrigger = live == null ? SyncTrigger.NONE : live;
        this.connectionCheck = live == null ? null : new WeComConnectionCheck(live, () -> messages);
        this.messages = Messages.load(workbench.settings().language());
        if (live != null) {
            live.addListener(result -> UiThread.fx().execute(this::afterSync));
        }
    }

    /** New members, roles and customers may have arrived: refresh what is on screen. */
    private void afterSync() {
        if (closed) {
            return;
        }
        if (mainModel != null) {
            mainModel.refreshMembers();
        }
        session.localCopyChanged();
    }

    /** Connects to WeCom in the background; the shell works on the local copy meanwhile. */
    private void connect(boolean restart) {
        if (live == null) {
            return;
        }
        BackgroundTask.wrap(() -> {
            try {
                if (restart) {
                    live.restart();
                } else {
                    live.start();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).onFailure(failure -> {
            LOG.error("Could not connect to WeCom", failure);
            dialogs.notify(messages.get("shell.status.connectFailed"));
        }).executeWith(executor);
    }

    public Messages messages() {
        return messages;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public void show() {
        ThemeAppearance.install(workbench.settings().theme());
        buildShell();
        restoreWindow();
        for (String size : new String[] {"32", "64", "256"}) {
            stage.getIcons().add(new Image(WorkbenchUi.class.getResource("/icons/siyu-workbench-" + size + ".png")
                    .toExternalForm()));
        }
        stage.setOnCloseRequest(e -> rememberWindow());
        stage.show();
        startupProbe.mark("shell");
        Actor first = session.actor();
        if (first == null || !AccessPolicy.allows(first, Permission.WORK_OWN_QUEUE)) {
            firstScreenShown("shell");
        } else {
            // A guide's queue comes from the local copy; WeCom joins once it is on screen, or after a moment anyway.
            PauseTransition fallback = new PauseTransition(Duration.seconds(2));
            fallback.setOnFinished(e -> firstScreenShown(null));
            fallback.play();
        }
    }

    /**
     * The first screen shows its data: start-up is measured to here, and only now does the link to WeCom start —
     * the built-in sandbox generating its corp and the first sync would otherwise compete with the first paint for
     * the same two cores.
     */
    private void firstScreenShown(String what) {
        if (what != null) {
            startupProbe.ready(what);
        }
        if (!connectStarted) {
            connectStarted = true;
            connect(false);
        }
    }

    private void buildShell() {
        if (shell != null) {
            shell.dispose();
        }
        dialogs = new FxDialogService(() -> stage, messages, text -> statusBar.notice(text));
        statusBar = new StatusBarViewModel(workbench.syncStatus(), syncTrigger, session, messages, workbench.clock(),
                UiThread.fx());
        mainModel = new MainViewModel(workbench.members(), workbench.roles(), workbench.settings(),
                workbench.activityLog(), session);
        ThemeAppearance appearance = new ThemeAppearance(workbench.settings(), this::onLanguageChanged);
        ControllerFactory controllers = new ControllerFactory();
        ViewLoader loader = new ViewLoader(controllers, () -> messages);
        ScreenRegistry screens = new ScreenRegistry(entry -> new PlaceholderScreen(entry, messages));
        registerScreens(screens, controllers, loader, mainModel);
        controllers.register(MainView.class, () -> new MainView(mainModel, statusBar, screens, messages, appearance));
        mainModel.refreshMembers();
        shell = loader.load(MainView.class).controller();
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(shell.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
            scene.getStylesheets().add(WorkbenchUi.class.getResource("/css/workbench.css").toExternalForm());
            stage.setScene(scene);
        } else {
            scene.setRoot(shell.root());
        }
        stage.setTitle(messages.get("shell.appTitle"));
    }

    /** One line per feature screen; screens are built when first opened. */
    private void registerScreens(ScreenRegistry screens, ControllerFactory controllers, ViewLoader loader,
                                 MainViewModel mainModel) {
        screens.register(NavEntry.SETTINGS, () -> settingsScreen(controllers, loader, mainModel));
        screens.register(NavEntry.TODAY, this::todayScreen);
        screens.register(NavEntry.RULES, () -> new RulesScreen(workbench.queue(), session, executor, dialogs, messages));
        screens.register(NavEntry.CONTACTS, () -> ContactsScreen.create(workbench.contacts(), executor, session,
                dialogs, messages, workbench.clock()));
        ContentScreens content = new ContentScreens(workbench.content(), workbench.members(), session, executor,
                dialogs, messages, controllers, loader);
        screens.register(NavEntry.CONTENT, content::library).register(NavEntry.REVIEW, content::review);
        screens.register(NavEntry.TEAM, () -> new TeamScreen(workbench.audit(), session, executor, dialogs, messages,
                workbench.clock()));
    }

    /** The guide's first screen; its first finished load is what start-up time is measured to. */
    private Screen todayScreen() {
        TodayScreen today = new TodayScreen(workbench.queue(), session, executor, dialogs, messages);
        startupProbe.mark("todayBuilt");
        today.model().loadingProperty().addListener((obs, was, now) -> {
            if (was && !now) {
                firstScreenShown(today.model().rows().isEmpty() ? "queue-empty" : "queue");
            }
        });
        return today;
    }

    private Screen settingsScreen(ControllerFactory controllers, ViewLoader loader, MainViewModel mainModel) {
        ConnectionViewModel connection = new ConnectionViewModel(workbench.settingsAdministration(), session,
                executor, dialogs, messages, connectionCheck, () -> connect(true));
        RolesViewModel roles = new RolesViewModel(workbench.roleAdministration(), workbench.members(), session,
                executor, dialogs, messages, mainModel::refreshMembers);
        controllers.register(ConnectionView.class, () -> new ConnectionView(connection));
        controllers.register(RolesView.class, () -> new RolesView(roles, messages));
        SyncLogViewModel syncLog = new SyncLogViewModel(workbench.syncAdministration(), workbench.syncStatus(),
                syncTrigger, workbench.members(), session, executor, UiThread.fx(), dialogs, messages,
                workbench.clock());
        OutboxIssuesViewModel parked = new OutboxIssuesViewModel(workbench.syncAdministration(), session, executor,
                dialogs, messages, workbench.clock());
        controllers.register(SyncLogView.class, () -> new SyncLogView(syncLog, messages));
        controllers.register(OutboxIssuesView.class, () -> new OutboxIssuesView(parked, messages));
        return new SettingsScreen()
                .addTab("tab-connection", messages.get("settings.tab.connection"),
                        loader.load(ConnectionView.class).root(), connection::load)
                .addTab("tab-roles", messages.get("settings.tab.roles"), loader.load(RolesView.class).root(),
                        roles::load)
                .addTab("tab-sync-log", messages.get("sync.tab.log"), loader.load(SyncLogView.class).root(),
                        syncLog::activate, syncLog::deactivate)
                .addTab("tab-sync-parked", messages.get("sync.tab.parked"),
                        loader.load(OutboxIssuesView.class).root(), parked::load);
    }

    private void onLanguageChanged(Language language) {
        NavEntry open = mainModel == null ? null : mainModel.selectedEntryProperty().get();
        messages = Messages.load(language);
        buildShell();
        mainModel.open(open);
    }

    private void restoreWindow() {
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        WindowBounds bounds = workbench.settings().window().orElse(null);
        if (bounds != null && fitsOnAScreen(bounds)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        } else {
            stage.setWidth(DEFAULT_WIDTH);
            stage.setHeight(DEFAULT_HEIGHT);
            stage.centerOnScreen();
        }
    }

    /** A window saved on a monitor that is no longer attached must not open off-screen. */
    private static boolean fitsOnAScreen(WindowBounds b) {
        return !javafx.stage.Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height()))
                .isEmpty() && b.width() >= 400 && b.height() >= 300;
    }

    private void rememberWindow() {
        if (stage.isIconified()) {
            return;
        }
        workbench.settings().setWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
    }

    @Override
    public void close() {
        closed = true;
        rememberWindow();
        if (shell != null) {
            shell.dispose();
        }
        executor.close();
    }
}
