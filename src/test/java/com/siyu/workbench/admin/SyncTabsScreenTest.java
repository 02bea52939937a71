package com.siyu.workbench.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** The admin opens the sync tabs of 同步与设置 in the real shell: reads why a run failed, retries a refused change. */
@ExtendWith(ApplicationExtension.class)
class SyncTabsScreenTest {
    @TempDir
    static Path dir;
    Workbench workbench;
    WorkbenchUi ui;

    @Start
    void start(Stage stage) throws Exception {
        workbench = TestWorkbench.open(dir.resolve("sync-tabs-" + System.nanoTime()));
        SyncTabsFixture.writeHistory(workbench);
        workbench.settings().setCurrentMember(TestWorkbench.ADMIN);
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
    void selectingAFailedRunShowsWhyInChinese(FxRobot robot) throws Exception {
        openTab(robot, "tab-sync-log");
        TableView<?> runs = robot.lookup("#syncRuns").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.getItems().size() == 3);

        robot.clickOn(robot.lookup(".sync-run-failed").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#syncRunError").queryAs(Label.class).getText()).endsWith(SyncTabsFixture.FAILURE);
        assertThat(robot.lookup("#syncLogNow").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#syncLogCancel").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aRefusedChangeIsRetriedFromTheTable(FxRobot robot) throws Exception {
        openTab(robot, "tab-sync-parked");
        TableView<?> items = robot.lookup("#parkedItems").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> items.getItems().size() == 2);
        assertThat(robot.lookup("#parkedRetry").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#parkedRetry");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> items.getItems().size() == 1);

        String status = workbench.db().read(c -> Sql.queryOne(c, "SELECT status FROM outbox WHERE"
                + " idempotency_key = 'remark:1'", rs -> rs.getString(1)).orElseThrow());
        assertThat(status).isEqualTo("PENDING");
    }

    private static void openTab(FxRobot robot, String id) {
        robot.clickOn("#nav-settings");
        robot.clickOn(robot.lookup(".tab").match(n -> id.equals(n.getId())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
