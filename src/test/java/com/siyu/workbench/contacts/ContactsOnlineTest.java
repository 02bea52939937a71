package com.siyu.workbench.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.LiveConnection;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.sandbox.FaultPlan;
import com.siyu.workbench.sandbox.SandboxConfig;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.settings.WeComConnection;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.SyncResult;
import com.siyu.workbench.testing.TestWorkbench;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
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
 * The whole round trip in the real app against the WeCom sandbox over loopback: sync brings a guide's customers in,
 * WeCom becomes unreachable, the guide finds a customer by the last four digits of their phone, adds a tag (pending
 * in the profile and the status bar, not in WeCom), WeCom comes back, 立即同步, and the sandbox's follow carries the tag.
 */
@ExtendWith(ApplicationExtension.class)
class ContactsOnlineTest {
    @TempDir
    static Path dir;
    Stage stage;
    SandboxServer sandbox;
    Workbench workbench;
    LiveConnection live;
    WorkbenchUi ui;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (ui != null) {
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> ui.close());
        }
        if (live != null) {
            live.close();
        }
        if (workbench != null) {
            workbench.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::get).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 60 s; on screen: " + onScreen(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the profile and the status bar say, for a failure message. */
    private String onScreen() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                StringBuilder text = new StringBuilder();
                for (String id : List.of("#profileName", "#profileError", "#profileNotice", "#outbox",
                        "#connectivity")) {
                    new FxRobot().lookup(id).tryQuery().ifPresent(n -> text.append(id).append('=')
                            .append(((Label) n).getText()).append(' '));
                }
                return text.toString();
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "(unreadable: " + e + ")";
        }
    }

    private List<String> sandboxTags(String userid, String customer) {
        return sandbox.model().contacts().activeFollow(userid, customer).orElseThrow().tagIds();
    }

    @Test
    void aTagAddedOfflineIsPendingThenReachesTheSandboxOnceOnline(FxRobot robot) throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withSeed(8).withMembers(3).withContacts(60)
                .withPort(0));
        workbench = TestWorkbench.open(dir.resolve("online-" + System.nanoTime()));
        workbench.settings().setWecom(new WeComConnection(WeComConnection.Mode.REMOTE, sandbox.baseUrl(),
                sandbox.corpId(), sandbox.secret(), 1000002));
        List<SyncResult> runs = new CopyOnWriteArrayList<>();
        live = new LiveConnection(workbench);
        live.addListener(runs::add);
        live.start();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> runs.stream().anyMatch(SyncResult::ok));

        // a guide with customers that have a phone, and one such customer
        String[] pick = workbench.db().read(c -> Sql.queryOne(c, "SELECT userid, external_userid, remark_mobiles"
                + " FROM follows WHERE status = 'ACTIVE' AND remark_mobiles LIKE '[\"1%' ORDER BY userid,"
                + " external_userid LIMIT 1", rs -> new String[] {rs.getString(1), rs.getString(2),
                rs.getString(3)}).orElseThrow());
        String guide = pick[0];
        String customer = pick[1];
        String lastFour = pick[2].substring(2, 13).substring(7);
        workbench.roles().setRoles(guide, Set.of(Role.GUIDE), TestWorkbench.ADMIN);
        workbench.settings().setCurrentMember(guide);
        String tag = workbench.db().read(c -> Sql.queryOne(c, "SELECT t.tag_id FROM tags t JOIN tag_groups g"
                + " ON g.group_id = t.group_id WHERE t.deleted = 0 AND g.deleted = 0 AND t.tag_id NOT IN"
                + " (SELECT tag_id FROM follow_tags WHERE userid = ? AND external_userid = ?)"
                + " ORDER BY g.sort_order, g.name, t.sort_order, t.name LIMIT 1", rs -> rs.getString(1), guide,
                customer).orElseThrow());
        assertThat(sandboxTags(guide, customer)).doesNotContain(tag);

        StartupProbe probe = new StartupProbe(false, new PrintStream(OutputStream.nullOutputStream()), () -> { });
        robot.interact(() -> {
            ui = new WorkbenchUi(workbench, stage, probe, new CrashReporter(() -> null, () -> ui.messages(), dir),
                    live);
            ui.show();
        });
        robot.clickOn("#nav-contacts");
        @SuppressWarnings("unchecked")
        TableView<ContactRow> table = robot.lookup("#contactTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());

        // unreachable: every call answers 502 before it runs, as a gateway does while the network is down
        sandbox.setFaults(FaultPlan.parse("http502=1"));
        robot.clickOn("#contactSearch");
        robot.write(lastFour);
        int matching = workbench.contacts().service().count(new Actor(guide, guide, Set.of(Role.GUIDE)),
                ContactFilter.text(lastFour));
        // the last keystroke's answer, not an earlier one that is about to be replaced
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.externalUserid().equals(customer))
                && ("共 " + matching + " 位客户").equals(robot.lookup("#contactSummary").queryAs(Label.class).getText()));
        robot.clickOn(robot.lookup("#contactTable .table-row-cell").match((TableRow<ContactRow> row) ->
                row.getItem() != null && row.getItem().externalUserid().equals(customer)).queryAs(Node.class));
        waitUntil(() -> robot.lookup("#editTags").tryQuery().map(Node::isVisible).orElse(false)
                && !robot.lookup("#profileName").queryAs(Label.class).getText().isEmpty());

        robot.clickOn("#editTags");
        // the tag may sit in a group below the fold of the profile; the save button is at the editor's top
        robot.interact(() -> robot.lookup("#tag-" + tag).queryAs(javafx.scene.control.ToggleButton.class).fire());
        robot.clickOn("#saveTags");

        waitUntil(() -> robot.lookup("#chip-" + tag).tryQuery().isPresent());
        assertThat(robot.lookup("#chip-" + tag).queryAs(Label.class).getText()).endsWith("· 待同步");
        waitUntil(() -> "待推送 1".equals(robot.lookup("#outbox").queryAs(Label.class).getText()));
        // the push is tried while WeCom is unreachable: the app says it is offline and keeps the edit
        waitUntil(() -> robot.lookup("#connectivity").queryAs(Label.class).getText().contains("离线"));
        assertThat(robot.lookup("#outbox").queryAs(Label.class).getText()).isEqualTo("待推送 1");
        assertThat(sandboxTags(guide, customer)).doesNotContain(tag);

        sandbox.setFaults(FaultPlan.NONE);
        robot.clickOn("#syncNow");

        waitUntil(() -> sandboxTags(guide, customer).contains(tag));
        waitUntil(() -> "待推送 0".equals(robot.lookup("#outbox").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#connectivity").queryAs(Label.class).getText()).contains("在线");
        String search = robot.lookup("#contactSearch").queryAs(TextField.class).getText();
        assertThat(search).isEqualTo(lastFour);
    }
}
