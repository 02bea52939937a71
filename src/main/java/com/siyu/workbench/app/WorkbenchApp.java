package com.siyu.workbench.app;

import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.store.DatabaseOpenException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The desktop application. {@link #init()} runs off the FX thread and opens the data folder; {@link #start} shows
 * the shell, or a clear message when the data folder cannot be used.
 */
public final class WorkbenchApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);

    private GuiOptions options;
    private AppPaths paths;
    private InstanceLock lock;
    private Workbench workbench;
    private WorkbenchUi ui;
    private LiveConnection live;
    private String startupProblem;
    private CrashReporter crashes;
    private StartupProbe probe;

    @Override
    public void init() throws IOException {
        options = new GuiOptions();
        new CommandLine(options).parseArgs(getParameters().getRaw().toArray(String[]::new));
        probe = new StartupProbe(options.measureStartup(), System.out, Platform::exit);
        probe.mark("init");
        paths = AppPaths.resolve(options.dataDir());
        Path logFile = LogSetup.toRollingFile(paths.logDir());
        crashes = new CrashReporter(() -> ui == null ? null : ui.dialogs(),
                () -> ui == null ? Messages.load(Language.ZH_CN) : ui.messages(), logFile);
        Thread.setDefaultUncaughtExceptionHandler(crashes);
        Messages text = Messages.load(Language.ZH_CN);
        Optional<InstanceLock> acquired = InstanceLock.tryAcquire(paths.instanceLock());
        if (acquired.isEmpty()) {
            startupProblem = text.get("store.alreadyRunning", paths.dataDir());
            return;
        }
        lock = acquired.get();
        try {
            workbench = Workbench.open(paths, Workbench.defaultClock());
            probe.mark("database");
        } catch (DatabaseOpenException e) {
            LOG.error("Cannot open database {}", e.file(), e);
            startupProblem = text.get(e.messageKey(), e.file());
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupProblem != null) {
            ThemeAppearance.install(com.siyu.workbench.settings.Theme.LIGHT);
            Messages text = Messages.load(Language.ZH_CN);
            Alert alert = new Alert(Alert.AlertType.ERROR, startupProblem,
                    new ButtonType(text.get("common.ok"), ButtonBar.ButtonData.OK_DONE));
            alert.setTitle(text.get("shell.appTitle"));
            alert.setHeaderText(text.get("store.open.title"));
            alert.setResizable(true);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        probe.mark("toolkit");
        live = new LiveConnection(workbench);
        ui = new WorkbenchUi(workbench, stage, probe, crashes, live);
        ui.show();
    }

    @Override
    public void stop() throws IOException {
        if (ui != null) {
            ui.close();
        }
        if (live != null) {
            live.close();
        }
        if (workbench != null) {
            workbench.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
