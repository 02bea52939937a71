package com.siyu.workbench.roles;

import static com.siyu.workbench.roles.RolesFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.contacts.ContactRow;
import com.siyu.workbench.ui.shell.MemberChoice;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
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

/** What a lead actually sees on 客户 in the real shell: the store's customers, phones masked, no edit controls. */
@ExtendWith(ApplicationExtension.class)
class LeadContactsScreenTest {
    @TempDir
    static Path dir;
    Workbench workbench;
    WorkbenchUi ui;

    @Start
    void start(Stage stage) throws Exception {
        workbench = RolesFixture.open(dir.resolve("lead-" + System.nanoTime()));
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
    void aLeadSeesTheStoresCustomersWithMaskedPhonesAndNothingToEdit(FxRobot robot) {
        switchTo(robot, LEAD.userid());
        robot.clickOn("#nav-contacts");
        waitUntil(() -> shownIds(robot).size() == 2);
        assertThat(shownIds(robot)).containsExactlyInAnyOrder(OWN_CONTACT, COLLEAGUE_CONTACT);

        robot.clickOn(robot.lookup("#contactTable .table-row-cell")
                .match((TableRow<ContactRow> row) -> row.getItem() != null
                        && row.getItem().externalUserid().equals(OWN_CONTACT)).queryAs(Node.class));
        waitUntil(() -> screenText(robot).contains(OWN_PHONE_MASKED));
        assertThat(screenText(robot)).doesNotContain(OWN_PHONE, COLLEAGUE_PHONE, FAR_PHONE);
        assertThat(robot.lookup("#editTags").tryQuery().filter(LeadContactsScreenTest::shown)
                .filter(n -> !n.isDisabled())).isEmpty();
    }

    /** Visible itself and inside visible parents (the edit controls sit in a section hidden from readers). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownIds(FxRobot robot) {
        TableView<ContactRow> table = robot.lookup("#contactTable").queryAs(TableView.class);
        return List.copyOf(table.getItems().stream().map(ContactRow::externalUserid).toList());
    }

    /** Every text on screen (labels, buttons, cells), read on the FX thread. */
    private static String screenText(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class)
                    .stream().map(Labeled::getText).filter(t -> t != null).collect(Collectors.joining("\n"))).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::get).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static void switchTo(FxRobot robot, String userid) {
        ComboBox<MemberChoice> switcher = robot.lookup("#memberSwitcher").queryAs(ComboBox.class);
        robot.interact(() -> switcher.getItems().stream().filter(c -> c.userid().equals(userid)).findFirst()
                .ifPresent(switcher.getSelectionModel()::select));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
