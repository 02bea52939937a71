package com.siyu.workbench.queue.today;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.queue.QueueData;
import com.siyu.workbench.queue.QueueDemo;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
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
 * A guide works five tasks with the keyboard only — send, copy, done, skip with a reason, snooze — on the real screen
 * over a real database; afterwards the activity log and the outbox hold exactly those actions.
 */
@ExtendWith(ApplicationExtension.class)
class TodayKeyboardTest {
    @TempDir
    static Path dir;
    Workbench workbench;
    TodayScreen screen;
    final ScriptedDialogs dialogs = ScriptedDialogs.recording();

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.fixed(QueueData.at("2026-11-23T10:20"), QueueData.SHANGHAI);
        workbench = TestWorkbench.open(dir.resolve("kb-" + System.nanoTime()), clock);
        QueueDemo.catalogue(workbench.db());
        QueueData data = new QueueData(workbench.db());
        String[] names = {"李姐", "王女士", "赵先生", "孙姐", "周女士"};
        for (int i = 0; i < names.length; i++) {
            data.contact("wm" + i, "客户" + i, names[i], TestWorkbench.GUIDE,
                    QueueData.at("2026-11-23T0" + (8 + i % 2) + ":" + (10 + i) ), "store-xuhui");
        }
        Session session = new Session();
        session.signIn(new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE)));
        screen = new TodayScreen(workbench.queue(), session, new CurrentThreadTaskExecutor(), dialogs,
                Messages.load(Language.ZH_CN));
        stage.setScene(new Scene((javafx.scene.Parent) screen.root(), 1200, 800));
        stage.show();
        screen.activate();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void fiveTasksByKeyboardLeaveExactlyThoseActionsInTheLogAndTheOutbox(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#progressLabel").queryAs(Label.class).getText()).isEqualTo("0 / 5");
        List<String> order = taskOrder();

        robot.type(KeyCode.ENTER);                        // send
        String copiedText = robot.lookup("#cardMessage").queryAs(Label.class).getText();
        robot.type(KeyCode.C);                            // copy
        robot.type(KeyCode.D);                            // done
        robot.type(KeyCode.S).type(KeyCode.DIGIT2).type(KeyCode.ENTER); // skip, the second listed reason
        robot.type(KeyCode.Z).type(KeyCode.ENTER);        // snooze, first option (in an hour)
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors()).isEmpty();
        List<String[]> log = workbench.db().read(c -> Sql.query(c, "SELECT action, task_id, occurred_at,"
                + " coalesce(details_json, '') FROM activity_log WHERE action LIKE 'task.%' ORDER BY seq",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}));
        assertThat(log).extracting(r -> r[0])
                .containsExactly("task.sent", "task.copied", "task.done", "task.skipped", "task.snoozed");
        assertThat(log).extracting(r -> r[1]).containsExactlyElementsOf(order);
        assertThat(log).allSatisfy(r -> assertThat(Long.parseLong(r[2])).isPositive());
        assertThat(log.get(3)[3]).isEqualTo("{\"reason\":\"已在企业微信里沟通过\"}");
        long otherActions = workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM activity_log"
                + " WHERE action NOT LIKE 'task.%'"));
        assertThat(otherActions).isZero();

        List<String[]> outbox = workbench.db().read(c -> Sql.query(c, "SELECT kind, idempotency_key FROM outbox",
                rs -> new String[] {rs.getString(1), rs.getString(2)}));
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0)).containsExactly("MSG_TEMPLATE", "send:" + order.get(0));

        List<String> statuses = workbench.db().read(c -> Sql.query(c, "SELECT status FROM tasks ORDER BY"
                + " CASE id " + caseOrder(order) + " END", rs -> rs.getString(1)));
        assertThat(statuses).containsExactly("SENT", "DONE", "DONE", "SKIPPED", "SNOOZED");
        String clipboard = readClipboard(robot);
        assertThat(clipboard).isEqualTo(copiedText).contains("王女士");
        assertThat(robot.lookup("#progressLabel").queryAs(Label.class).getText()).isEqualTo("4 / 5");
    }

    private static String readClipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private List<String> taskOrder() {
        return screen.model().rows().stream().filter(r -> !r.isHeader()).map(r -> r.task().id()).toList();
    }

    private static String caseOrder(List<String> ids) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            sql.append("WHEN '").append(ids.get(i)).append("' THEN ").append(i).append(' ');
        }
        return sql.toString();
    }
}
