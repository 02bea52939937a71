package com.siyu.workbench.contacts.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.contacts.ContactRow;
import com.siyu.workbench.contacts.ContactsFixture;
import com.siyu.workbench.contacts.ContactsScreen;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.FxTaskExecutor;
import com.siyu.workbench.ui.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The orders views in the contacts screen: a lead imports a file through the mapping dialog (preview, row errors,
 * nothing imported while a row is wrong), the unmatched order stays listed with its nickname suggestion, the guide
 * confirms it, the profile shows the customer's order figures and the lead sees the sale in 业绩归因.
 */
@ExtendWith(ApplicationExtension.class)
class OrdersScreenTest {
    static final Actor GUIDE = new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE));

    @TempDir
    static Path dir;
    Stage stage;
    Workbench workbench;
    Session session;
    ContactsScreen screen;
    Path file;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Opens the database and the screen off the FX thread's start-up (which TestFX gives only a few seconds). */
    private void open(FxRobot robot) throws Exception {
        workbench = TestWorkbench.open(dir.resolve("orders-" + System.nanoTime()));
        new ContactsFixture(workbench.db()).standard(TestWorkbench.GUIDE, TestWorkbench.MORNING);
        file = dir.resolve("orders-" + System.nanoTime() + ".csv");
        session = new Session();
        session.signIn(OrderImportTest.LEAD);
        Messages messages = Messages.load(Language.ZH_CN);
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            screen = ContactsScreen.create(workbench.contacts(), new FxTaskExecutor(2, e -> { }), session,
                    ScriptedDialogs.failingOnError().answerFileToOpen(file), messages, workbench.clock());
            stage.setScene(new Scene((javafx.scene.Parent) screen.root(), 1280, 800));
            stage.show();
            screen.activate();
        });
    }

    @AfterEach
    void close() {
        if (workbench == null) {
            return;
        }
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            screen.deactivate();
            List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                    .forEach(Window::hide);
        });
        workbench.close();
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::get).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long orders() {
        return workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM orders"));
    }

    @SuppressWarnings("unchecked")
    private static TableView<UnmatchedOrder> unmatched(FxRobot robot) {
        return robot.lookup("#unmatchedTable").queryAs(TableView.class);
    }

    @Test
    void aWrongRowBlocksTheImportAndNamesTheRowThenTheFixedFileImportsAndTheGuideConfirmsTheSuggestion(
            FxRobot robot) throws Exception {
        open(robot);
        Files.writeString(file, "\uFEFF订单编号,下单时间,实付金额,商品,买家手机,买家昵称\n"
                + "T1,2026-11-20 10:00,\"¥1,299.00\",精华液,13900001111,\n"
                + "T2,2026-11-21 11:00,一百,口红,,赵丽颖粉丝\n", StandardCharsets.UTF_8);
        robot.clickOn("#ordersTab");
        robot.clickOn("#importOrders");
        waitUntil(() -> robot.lookup("#importProblems").tryQuery().isPresent()
                && !robot.lookup("#importProblems").queryAs(ListView.class).getItems().isEmpty());
        assertThat(robot.lookup("#importProblems").queryAs(ListView.class).getItems()).singleElement()
                .asString().startsWith("第 3 行").contains("一百");
        assertThat(robot.lookup("#doImport").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(orders()).isZero();
        robot.clickOn("#closeImport");

        Files.writeString(file, "\uFEFF订单编号,下单时间,实付金额,商品,买家手机,买家昵称\n"
                + "T1,2026-11-20 10:00,\"¥1,299.00\",精华液,13900001111,\n"
                + "T2,2026-11-21 11:00,100,口红,,赵丽颖粉丝\n", StandardCharsets.UTF_8);
        robot.clickOn("#importOrders");
        waitUntil(() -> robot.lookup("#importPreview").tryQuery().isPresent()
                && robot.lookup("#importPreview").queryAs(TableView.class).getItems().size() == 2
                && !robot.lookup("#doImport").queryAs(Button.class).isDisabled());
        robot.clickOn("#doImport");
        waitUntil(() -> orders() == 2);
        robot.clickOn("#closeImport");
        waitUntil(() -> unmatched(robot).getItems().size() == 1);
        assertThat(unmatched(robot).getItems().get(0).orderId()).isEqualTo("T2");
        // the lead sees the suggestion (and could confirm it for the team); nothing is applied until someone does
        assertThat(robot.lookup("#confirm-T2-wm-zhao").tryQuery()).isPresent();
        Optional<String> buyer = workbench.db().read(c -> Sql.queryOne(c, "SELECT external_userid FROM orders"
                + " WHERE order_id = 'T2'", rs -> rs.getString(1)));
        assertThat(buyer).isEmpty();

        robot.interact(() -> session.signIn(GUIDE));
        robot.clickOn("#contactsTab");
        robot.clickOn("#ordersTab");
        waitUntil(() -> robot.lookup("#confirm-T2-wm-zhao").tryQuery().isPresent());
        robot.clickOn("#confirm-T2-wm-zhao");
        waitUntil(() -> unmatched(robot).getItems().isEmpty());
        String matched = workbench.db().read(c -> Sql.queryOne(c, "SELECT external_userid || ' ' || match_method"
                + " FROM orders WHERE order_id = 'T2'", rs -> rs.getString(1)).orElseThrow());
        assertThat(matched).isEqualTo("wm-zhao NICKNAME");

        robot.clickOn("#contactsTab");
        @SuppressWarnings("unchecked")
        TableView<ContactRow> contacts = robot.lookup("#contactTable").queryAs(TableView.class);
        waitUntil(() -> contacts.getItems().stream().anyMatch(r -> r.externalUserid().equals("wm-wang")));
        robot.clickOn(robot.lookup("#contactTable .table-row-cell").match((TableRow<ContactRow> row) ->
                row.getItem() != null && row.getItem().externalUserid().equals("wm-wang")).queryAs(Node.class));
        waitUntil(() -> robot.lookup("#orderSummary").queryAs(Label.class).getText().contains("1 笔"));
        assertThat(robot.lookup("#orderSummary").queryAs(Label.class).getText()).contains("1,299.00")
                .contains("2026-11-20");

        robot.interact(() -> session.signIn(OrderImportTest.LEAD));
        robot.clickOn("#attributionTab");
        @SuppressWarnings("unchecked")
        TableView<SalesStats> sales = robot.lookup("#attributionTable").queryAs(TableView.class);
        waitUntil(() -> sales.getItems().stream().anyMatch(s -> s.key().equals(TestWorkbench.GUIDE)));
        SalesStats guide = sales.getItems().stream().filter(s -> s.key().equals(TestWorkbench.GUIDE)).findFirst()
                .orElseThrow();
        assertThat(guide.revenueCents()).isEqualTo(139900);
        assertThat(guide.orders()).isEqualTo(2);
    }
}
