package com.siyu.workbench.audit;

import com.siyu.workbench.app.AppPaths;
import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.ui.shell.NavEntry;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * Opens the real workbench on a generated team (20 reps, 90 days) signed in as the regional lead, on 团队 — for
 * looking at the screen by hand: {@code java -cp … com.siyu.workbench.audit.TeamScreenDemo$Launcher [dataDir]}.
 */
public final class TeamScreenDemo extends Application {
    private Workbench workbench;
    private WorkbenchUi ui;

    /** A plain main outside the Application class, so JavaFX starts from the class path. */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(TeamScreenDemo.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Path.of(getParameters().getRaw().isEmpty() ? "/tmp/audit-demo" : getParameters().getRaw().get(0));
        boolean fresh = !Files.exists(dir.resolve("workbench.db")) && !Files.exists(dir.resolve("siyu.db"));
        workbench = Workbench.open(new AppPaths(dir), Workbench.defaultClock());
        long members = workbench.db().read(c -> com.siyu.workbench.store.Sql.queryLong(c,
                "SELECT COUNT(*) FROM members"));
        if (fresh && members == 0) {
            TeamDataset.generate(workbench.db(), new TeamDataset.Spec(20, 90, 200_000, 8, 4, 7,
                    LocalDate.now(workbench.clock())), workbench.clock().getZone());
        }
        workbench.settings().setCurrentMember(TeamDataset.REGION_LEAD);
        StartupProbe probe = new StartupProbe(false, new PrintStream(OutputStream.nullOutputStream()), () -> { });
        ui = new WorkbenchUi(workbench, stage, probe, new CrashReporter(() -> ui.dialogs(), () -> ui.messages(),
                dir.resolve("crash.log")));
        ui.show();
        String size = System.getProperty("demo.size");
        if (size != null) {
            String[] wh = size.split("x");
            stage.setWidth(Double.parseDouble(wh[0]));
            stage.setHeight(Double.parseDouble(wh[1]));
        }
        @SuppressWarnings("unchecked")
        ListView<NavEntry> nav = (ListView<NavEntry>) stage.getScene().lookup("#navigation");
        nav.getSelectionModel().select(NavEntry.TEAM);
        String tab = System.getProperty("demo.tab");
        if (tab != null) {
            // -Ddemo.tab=salesTab opens that tab of the dashboard (tab ids as in TeamView.fxml)
            javafx.animation.PauseTransition shown = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            shown.setOnFinished(e -> {
                javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) stage.getScene().lookup("#teamTabs");
                tabs.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
                // -Ddemo.press=salesByChannel presses that button too
                String press = System.getProperty("demo.press");
                if (press != null && stage.getScene().lookup("#" + press) instanceof javafx.scene.control.ButtonBase b) {
                    b.fire();
                }
            });
            shown.play();
        }
        if (Boolean.getBoolean("demo.drill")) {
            // Double-click the first rep's 已完成 figure once the dashboard is there, as a lead would.
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(20));
            wait.setOnFinished(e -> stage.getScene().getRoot().lookupAll(".table-cell.drillable").stream()
                    .filter(n -> n.getParent() != null && n instanceof javafx.scene.control.TableCell<?, ?> cell
                            && !cell.isEmpty() && "done".equals(cell.getTableColumn().getId()))
                    .findFirst().ifPresent(cell -> {
                        javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
                        javafx.scene.robot.Robot robot = new javafx.scene.robot.Robot();
                        robot.mouseMove(b.getCenterX(), b.getCenterY());
                        robot.mouseClick(javafx.scene.input.MouseButton.PRIMARY);
                        robot.mouseClick(javafx.scene.input.MouseButton.PRIMARY);
                    }));
            wait.play();
        }
    }

    @Override
    public void stop() {
        if (ui != null) {
            ui.close();
        }
        if (workbench != null) {
            workbench.close();
        }
    }
}
