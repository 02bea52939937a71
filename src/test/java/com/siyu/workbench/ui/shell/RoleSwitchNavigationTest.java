package com.siyu.workbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.testing.TestWorkbench;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the real shell, switching to a member who may not see the open screen takes the user off it: the screen's
 * view leaves the window and their first entry opens instead. A screen the new member may see stays open.
 * Each screen is recognised by a control only its view has.
 */
@ExtendWith(ApplicationExtension.class)
class RoleSwitchNavigationTest {
    private static final String CONTACTS_VIEW = "#contactSearch";
    private static final String TEAM_VIEW = "#teamScreen";
    private static final String TODAY_VIEW = "#todayScreen";
    private static final String LIBRARY_VIEW = "#contentLibrary";
    private static final String RULES_VIEW = "#rulesScreen";
    private static final String SETTINGS_VIEW = "#sandboxMode";

    @TempDir
    static Path dir;
    Workbench workbench;
    WorkbenchUi ui;

    @Start
    void start(Stage stage) throws Exception {
        workbench = TestWorkbench.open(dir.resolve("switch-" + System.nanoTime()));
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
    void aGuideOnContactsSwitchedToAReviewerLandsInTheLibrary(FxRobot robot) {
        open(robot, "contacts");
        assertShowing(robot, NavEntry.CONTACTS, CONTACTS_VIEW);

        switchTo(robot, TestWorkbench.REVIEWER);
        assertShowing(robot, NavEntry.CONTENT, LIBRARY_VIEW);
        assertGone(robot, CONTACTS_VIEW);
    }

    @Test
    void aLeadOnTeamSwitchedToAGuideLandsOnTodayAndTheTeamScreenIsGone(FxRobot robot) {
        switchTo(robot, TestWorkbench.LEAD);
        open(robot, "team");
        assertShowing(robot, NavEntry.TEAM, TEAM_VIEW);

        switchTo(robot, TestWorkbench.GUIDE);
        assertShowing(robot, NavEntry.TODAY, TODAY_VIEW);
        assertGone(robot, TEAM_VIEW);
    }

    @Test
    void anAdminOnSettingsSwitchedToALeadLeavesSettingsButOnRulesStaysOnRules(FxRobot robot) {
        switchTo(robot, TestWorkbench.ADMIN);
        open(robot, "settings");
        assertShowing(robot, NavEntry.SETTINGS, SETTINGS_VIEW);

        switchTo(robot, TestWorkbench.LEAD);
        assertShowing(robot, NavEntry.CONTACTS, CONTACTS_VIEW);
        assertGone(robot, SETTINGS_VIEW);

        switchTo(robot, TestWorkbench.ADMIN);
        open(robot, "rules");
        switchTo(robot, TestWorkbench.LEAD);
        assertShowing(robot, NavEntry.RULES, RULES_VIEW);
    }

    private static void open(FxRobot robot, String entry) {
        robot.clickOn("#nav-" + entry);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertShowing(FxRobot robot, NavEntry entry, String viewControl) {
        ListView<NavEntry> nav = robot.lookup("#navigation").queryListView();
        assertThat(nav.getSelectionModel().getSelectedItem()).isEqualTo(entry);
        assertThat(robot.lookup(viewControl).tryQuery()).isPresent();
    }

    private static void assertGone(FxRobot robot, String viewControl) {
        assertThat(robot.lookup(viewControl).tryQuery()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void switchTo(FxRobot robot, String userid) {
        ComboBox<MemberChoice> switcher = robot.lookup("#memberSwitcher").queryAs(ComboBox.class);
        robot.interact(() -> switcher.getItems().stream().filter(c -> c.userid().equals(userid)).findFirst()
                .ifPresent(switcher.getSelectionModel()::select));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
