package com.siyu.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.shell.MemberChoice;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the real shell, a lead's 团队 entry opens the team screen (not a placeholder) with their store's reps. */
@ExtendWith(ApplicationExtension.class)
class TeamNavigationTest {
    @TempDir
    static Path dir;
    Workbench workbench;
    WorkbenchUi ui;

    @Start
    void start(Stage stage) throws Exception {
        workbench = TestWorkbench.open(dir.resolve("nav-" + System.nanoTime()));
        StartupProbe probe = new StartupProbe(false, new PrintStream(OutputStream.nullOutputStream()), () -> { });
        ui = new WorkbenchUi(workbench, stage, probe, new CrashReporter(() -> null, () -> ui.messages(), dir));
        ui.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> ui.close());
        workbench.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeadOpensTeamFromTheNavigation(FxRobot robot) throws Exception {
        ComboBox<MemberChoice> switcher = robot.lookup("#memberSwitcher").queryAs(ComboBox.class);
        robot.interact(() -> switcher.getItems().stream().filter(c -> c.userid().equals(TestWorkbench.LEAD))
                .findFirst().ifPresent(switcher.getSelectionModel()::select));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-team");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#placeholder-team").tryQuery()).isEmpty();
        TableView<RepFigures> reps = robot.lookup("#repsTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !reps.getItems().isEmpty());
        assertThat(reps.getItems()).extracting(r -> r.member().userid()).contains(TestWorkbench.GUIDE);
    }
}
