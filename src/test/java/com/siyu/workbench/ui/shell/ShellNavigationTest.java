package com.siyu.workbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/** Starts the real shell headless and checks what each role sees in the navigation. */
@ExtendWith(ApplicationExtension.class)
class ShellNavigationTest {
    @TempDir
    static Path dir;
    Workbench workbench;
    WorkbenchUi ui;

    @Start
    void start(Stage stage) throws Exception {
        workbench = TestWorkbench.open(dir.resolve("shell-" + System.nanoTime()));
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
    void theFirstGuideIsSignedInAndSeesTheGuideEntries(FxRobot robot) {
        assertThat(navLabels(robot)).containsExactly("今日任务", "客户", "内容库", "SOP 规则");
        assertThat(robot.lookup("#statusMember").queryAs(Label.class).getText()).isEqualTo("张晓雯 · 导购");
    }

    @Test
    void switchingMembersRebuildsTheNavigationForTheirRoles(FxRobot robot) {
        switchTo(robot, TestWorkbench.LEAD);
        assertThat(navLabels(robot)).containsExactly("客户", "SOP 规则", "团队");
        assertThat(robot.lookup("#statusMember").queryAs(Label.class).getText()).isEqualTo("王店长 · 组长/店长");

        switchTo(robot, TestWorkbench.REVIEWER);
        assertThat(navLabels(robot)).containsExactly("内容库", "审核");

        switchTo(robot, TestWorkbench.ADMIN);
        assertThat(navLabels(robot)).containsExactly("SOP 规则", "同步与设置");
    }

    @Test
    void aSwitchIsRememberedAndLoggedAsASignIn(FxRobot robot) {
        switchTo(robot, TestWorkbench.LEAD);
        assertThat(workbench.settings().currentMember()).contains(TestWorkbench.LEAD);
        List<String> signIns = workbench.db().read(c -> Sql.query(c,
                "SELECT member_userid FROM activity_log WHERE action = 'session.signin' ORDER BY seq",
                rs -> rs.getString(1)));
        assertThat(signIns).containsExactly(TestWorkbench.GUIDE, TestWorkbench.LEAD);
    }

    @Test
    void switchingTheLanguageKeepsTheMemberTheirNavigationAndTheOpenScreen(FxRobot robot) {
        switchTo(robot, TestWorkbench.LEAD);
        robot.clickOn("#nav-team");
        WaitForAsyncUtils.waitForFxEvents();

        // the 显示 menu's English item, as a person picks it
        robot.interact(() -> robot.lookup("#appMenu").queryAs(javafx.scene.control.MenuButton.class).getItems()
                .stream().filter(item -> "languageEn".equals(item.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(navLabels(robot)).containsExactly("Customers", "SOP rules", "Team");
        assertThat(robot.lookup("#navigation").queryListView().getSelectionModel().getSelectedItem())
                .isEqualTo(NavEntry.TEAM);
        assertThat(robot.lookup("#statusMember").queryAs(Label.class).getText()).startsWith("王店长");
    }

    @Test
    void clickingAnEntryOpensItsScreen(FxRobot robot) {
        robot.clickOn("#nav-contacts");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#content").queryParent().getChildrenUnmodifiable()).hasSize(1);
        assertThat(robot.lookup("#navigation").queryListView().getSelectionModel().getSelectedItem())
                .isEqualTo(NavEntry.CONTACTS);
    }

    private static List<String> navLabels(FxRobot robot) {
        ListView<NavEntry> nav = robot.lookup("#navigation").queryListView();
        return nav.getItems().stream().map(e -> robot.lookup("#nav-" + e.name().toLowerCase()).queryLabeled().getText())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static void switchTo(FxRobot robot, String userid) {
        ComboBox<MemberChoice> switcher = robot.lookup("#memberSwitcher").queryAs(ComboBox.class);
        robot.interact(() -> switcher.getItems().stream().filter(c -> c.userid().equals(userid)).findFirst()
                .ifPresent(switcher.getSelectionModel()::select));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
