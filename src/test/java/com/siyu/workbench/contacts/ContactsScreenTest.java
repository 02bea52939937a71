package com.siyu.workbench.contacts;

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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * The contacts screen in the real shell on a real SQLite file: search by a Chinese fragment and by the last four
 * phone digits, filter by tag, open a profile, add a tag offline and see it pending in the profile and the status bar.
 */
@ExtendWith(ApplicationExtension.class)
class ContactsScreenTest {
    @TempDir
    static Path dir;
    Workbench workbench;
    WorkbenchUi ui;

    @Start
    void start(Stage stage) throws Exception {
        workbench = TestWorkbench.open(dir.resolve("contacts-" + System.nanoTime()));
        new ContactsFixture(workbench.db()).standard(TestWorkbench.GUIDE, TestWorkbench.MORNING);
        StartupProbe probe = new StartupProbe(false, new PrintStream(OutputStream.nullOutputStream()), () -> { });
        ui = new WorkbenchUi(workbench, stage, probe, new CrashReporter(() -> null, () -> ui.messages(), dir));
        ui.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> ui.close());
        workbench.close();
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            // evaluate on the FX thread: the scene graph is not safe to read from the test thread
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::get).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ContactRow> table(FxRobot robot) {
        return robot.lookup("#contactTable").queryAs(TableView.class);
    }

    private static List<String> shownIds(FxRobot robot) {
        return List.copyOf(table(robot).getItems().stream().map(ContactRow::externalUserid).toList());
    }

    private void openContacts(FxRobot robot) {
        robot.clickOn("#nav-contacts");
        waitUntil(() -> table(robot).getItems().size() == 3);
    }

    private static void search(FxRobot robot, String text) {
        robot.clickOn("#contactSearch");
        robot.interact(() -> robot.lookup("#contactSearch").queryAs(TextField.class).clear());
        robot.write(text);
    }

    @Test
    void searchingAChineseFragmentNarrowsTheListAsYouType(FxRobot robot) {
        openContacts(robot);
        assertThat(shownIds(robot)).containsExactly("wm-wang", "wm-li", "wm-zhao");
        search(robot, "思雨");
        waitUntil(() -> shownIds(robot).equals(List.of("wm-li")));
        assertThat(robot.lookup("#contactSummary").queryAs(Label.class).getText()).isEqualTo("共 1 位客户");
        search(robot, "周末来店");
        waitUntil(() -> shownIds(robot).equals(List.of("wm-li")));
    }

    @Test
    void theLastFourPhoneDigitsFindTheCustomer(FxRobot robot) {
        openContacts(robot);
        search(robot, "1111");
        waitUntil(() -> shownIds(robot).equals(List.of("wm-wang")));
    }

    @Test
    void filteringByATagKeepsOnlyCustomersCarryingIt(FxRobot robot) {
        openContacts(robot);
        robot.clickOn("#filterToggle");
        MenuButton tags = robot.lookup("#tagMenu").queryAs(MenuButton.class);
        waitUntil(() -> !tags.getItems().isEmpty());
        robot.clickOn(tags);
        robot.clickOn(robot.lookup(".context-menu").lookup("精华液").queryAs(Node.class));
        waitUntil(() -> shownIds(robot).equals(List.of("wm-wang")));
        robot.clickOn("#clearFilters");
        waitUntil(() -> shownIds(robot).size() == 3);
    }

    @Test
    void aTagAddedOfflineShowsPendingInTheProfileAndTheStatusBar(FxRobot robot) throws Exception {
        openContacts(robot);
        assertThat(robot.lookup("#outbox").queryAs(Label.class).getText()).isEqualTo("待推送 0");
        search(robot, "王小明");
        // wait for the last keystroke's search, not an earlier one that happened to match too
        waitUntil(() -> shownIds(robot).equals(List.of("wm-wang"))
                && "共 1 位客户".equals(robot.lookup("#contactSummary").queryAs(Label.class).getText()));
        robot.clickOn(robot.lookup("#contactTable .table-row-cell")
                .match((javafx.scene.control.TableRow<?> row) -> row.getItem() != null).queryAs(Node.class));
        waitUntil(() -> "王小明".equals(robot.lookup("#profileName").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#pendingBadge").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("#editTags");
        robot.clickOn("#tag-t-vip");
        robot.clickOn("#saveTags");

        waitUntil(() -> robot.lookup("#chip-t-vip").tryQuery().isPresent());
        assertThat(robot.lookup("#chip-t-vip").queryAs(Label.class).getText()).isEqualTo("VIP会员 · 待同步");
        assertThat(robot.lookup("#pendingBadge").queryAs(Label.class).isVisible()).isTrue();
        waitUntil(() -> "待推送 1".equals(robot.lookup("#outbox").queryAs(Label.class).getText()));
        String payload = workbench.db().read(c -> Sql.queryOne(c, "SELECT kind || ' ' || payload_json FROM outbox"
                + " WHERE status = 'PENDING'", rs -> rs.getString(1)).orElseThrow());
        assertThat(payload).isEqualTo("MARK_TAG {\"userid\":\"zhangxw\",\"external_userid\":\"wm-wang\","
                + "\"add_tag\":[\"t-vip\"],\"remove_tag\":[]}");
        // the timeline shows the edit at once
        waitUntil(() -> robot.lookup("#timeline").queryParent().getChildrenUnmodifiable().stream()
                .anyMatch(row -> row.lookupAll(".label").stream().anyMatch(l -> "修改标签".equals(((Label) l).getText()))));
    }
}
