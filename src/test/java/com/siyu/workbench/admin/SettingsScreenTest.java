package com.siyu.workbench.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.settings.WeComConnection.Mode;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.shell.MemberChoice;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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

/** The admin opens 同步与设置 in the real shell: assigns a role, is stopped from removing the last admin, and saves a connection. */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    @TempDir
    static Path dir;
    Workbench workbench;
    WorkbenchUi ui;

    @Start
    void start(Stage stage) throws Exception {
        workbench = TestWorkbench.open(dir.resolve("settings-" + System.nanoTime()));
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
    void anAdminGivesAGuideTheLeadRoleByTickingABox(FxRobot robot) {
        openRolesTab(robot);
        clickRole(robot, TestWorkbench.GUIDE, Role.LEAD);
        waitUntil(() -> workbench.roles().rolesOf(TestWorkbench.GUIDE).contains(Role.LEAD));
        assertThat(workbench.roles().rolesOf(TestWorkbench.GUIDE)).containsExactlyInAnyOrder(Role.GUIDE, Role.LEAD);
        @SuppressWarnings("unchecked")
        ComboBox<MemberChoice> switcher = robot.lookup("#memberSwitcher").queryAs(ComboBox.class);
        MemberChoice guide = switcher.getItems().stream().filter(c -> c.userid().equals(TestWorkbench.GUIDE))
                .findFirst().orElseThrow();
        assertThat(guide.roles()).contains(Role.LEAD);
    }

    @Test
    void removingTheLastAdminIsRefusedAndTheBoxComesBack(FxRobot robot) {
        openRolesTab(robot);
        clickRole(robot, TestWorkbench.ADMIN, Role.ADMIN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.roles().rolesOf(TestWorkbench.ADMIN)).containsExactly(Role.ADMIN);
        assertThat(row(robot, TestWorkbench.ADMIN).grantedProperty(Role.ADMIN).get()).isTrue();
    }

    @Test
    void aBadAddressIsNamedNextToItsFieldAndAGoodConnectionIsSaved(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#remoteMode");
        robot.doubleClickOn("#baseUrl").eraseText(40).write("qyapi.weixin.qq.com");
        robot.clickOn("#corpId").write("ww5f2a0c1d");
        robot.clickOn("#secret").write("a-corp-secret-value");
        robot.clickOn("#saveConnection");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
                .anyMatch(l -> l.getText().contains("http://"));
        assertThat(workbench.settings().wecom().mode()).isEqualTo(Mode.EMBEDDED_SANDBOX);

        robot.doubleClickOn("#baseUrl").eraseText(40).write("https://qyapi.weixin.qq.com");
        robot.clickOn("#saveConnection");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.settings().wecom().mode()).isEqualTo(Mode.REMOTE);
        assertThat(workbench.settings().wecom().corpId()).isEqualTo("ww5f2a0c1d");
        assertThat(workbench.settings().wecom().secret()).isEqualTo("a-corp-secret-value");
    }

    private static void openRolesTab(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn(robot.lookup(".tab").match(n -> n.getId() != null && n.getId().contains("roles")).queryAs(
                javafx.scene.Node.class));
        waitUntil(() -> !robot.lookup("#rolesTable").queryAs(TableView.class).getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static RoleRow row(FxRobot robot, String userid) {
        TableView<RoleRow> table = robot.lookup("#rolesTable").queryAs(TableView.class);
        return table.getItems().stream().filter(r -> r.userid().equals(userid)).findFirst().orElseThrow();
    }

    private static void clickRole(FxRobot robot, String userid, Role role) {
        RoleRow target = row(robot, userid);
        CheckBox box = robot.lookup(".check-box").match(n -> {
            var cell = n.getParent();
            return cell instanceof javafx.scene.control.TableCell<?, ?> tc && tc.getTableRow() != null
                    && tc.getTableRow().getItem() == target && ("role-" + role.name()).equals(tc.getTableColumn().getId());
        }).queryAs(CheckBox.class);
        robot.clickOn(box);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 5 s", e);
        }
    }
}
