package com.siyu.workbench.admin;

import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.sync.SyncStatus.Connectivity;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.shell.NavEntry;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Opens the real shell on 同步与设置 → a sync tab with prepared history, for looking at it under Xvfb:
 * {@code DISPLAY=:97 java -cp … com.siyu.workbench.admin.SyncTabsPreview tab-sync-log [en] [running|failed]}.
 */
public final class SyncTabsPreview {
    private SyncTabsPreview() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The preview itself (a nested class: the launcher refuses a main class that extends Application). */
    public static final class App extends Application {
    private Workbench workbench;
    private WorkbenchUi ui;

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        Path dir = Files.createTempDirectory("sync-preview");
        workbench = TestWorkbench.open(dir);
        SyncTabsFixture.writeHistory(workbench);
        workbench.settings().setCurrentMember(TestWorkbench.ADMIN);
        if (args.contains("en")) {
            workbench.settings().setLanguage(Language.EN);
        }
        workbench.syncStatus().update(s -> s.withConnectivity(Connectivity.ONLINE).withOutbox(3, 2));
        StartupProbe probe = new StartupProbe(false, new PrintStream(OutputStream.nullOutputStream()), () -> { });
        ui = new WorkbenchUi(workbench, stage, probe, new CrashReporter(() -> null, () -> ui.messages(), dir));
        ui.show();
        Platform.runLater(() -> {
            @SuppressWarnings("unchecked")
            ListView<NavEntry> nav = (ListView<NavEntry>) stage.getScene().lookup("#navigation");
            nav.getSelectionModel().select(NavEntry.SETTINGS);
            Platform.runLater(() -> {
                TabPane tabs = (TabPane) stage.getScene().lookup("#settingsTabs");
                tabs.getTabs().stream().filter(t -> t.getId().equals(args.get(0))).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
                if (args.contains("running")) {
                    workbench.syncStatus().update(s -> s.withRunning(true, 8123, 21571,
                            "正在同步客户：8123/21571 · 96 页 · 预计还需 12 秒"));
                }
                if (args.contains("failed")) {
                    Platform.runLater(() -> {
                        TableView<?> runs = (TableView<?>) stage.getScene().lookup("#syncRuns");
                        runs.getSelectionModel().select(1);
                    });
                }
            });
        });
    }

    @Override
    public void stop() {
        ui.close();
        workbench.close();
    }
    }
}
