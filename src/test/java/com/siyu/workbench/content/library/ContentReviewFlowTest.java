package com.siyu.workbench.content.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.content.ContentFixture;
import com.siyu.workbench.content.ContentStatus;
import com.siyu.workbench.content.ContentSummary;
import com.siyu.workbench.content.ContentVersion;
import com.siyu.workbench.content.lint.Finding;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.shell.MemberChoice;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
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
 * The check, through the real shell: an editor writes a three-step script with variables and sees lint
 * findings appear, submits; the reviewer sees the diff and rejects with a reason; the editor fixes and resubmits;
 * the reviewer approves on the keyboard; a guide finds only the approved version.
 */
@ExtendWith(ApplicationExtension.class)
class ContentReviewFlowTest {
    @TempDir
    static Path dir;
    Workbench workbench;
    WorkbenchUi ui;

    @Start
    void start(Stage stage) throws Exception {
        workbench = ContentFixture.open(dir.resolve("flow-" + System.nanoTime()));
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
    void writeSubmitRejectFixResubmitApproveAndTheGuideSeesOnlyTheApprovedVersion(FxRobot robot) throws Exception {
        switchTo(robot, ContentFixture.EDITOR);
        robot.clickOn("#nav-content");
        robot.clickOn("#action-newScript");
        type(robot, "#nameField", "新客三步");

        // Step 1: a variable from the palette, then text with an absolute claim: lint flags it at once.
        robot.clickOn("#messageText");
        robot.clickOn("#var-客户称呼");
        type(robot, "#messageText", "您好，我是{门店}的{导购姓名}，这款是最好的");
        waitUntil(() -> findings(robot).stream().anyMatch(f -> f.rule().equals("ad-law")));
        assertThat(text(robot, "#messageText")).startsWith("{客户称呼}您好");
        assertThat(robot.lookup("#action-submit").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#lintHighlight").queryAs(javafx.scene.text.TextFlow.class).isVisible()).isTrue();

        robot.clickOn("#addStep");
        type(robot, "#messageText", "{客户称呼}，昨天聊到的{意向商品}到货了，有空来看看？");
        robot.clickOn("#addStep");
        type(robot, "#messageText", "{客户称呼}，周末有空来店里坐坐？");
        assertThat(robot.lookup("#stepList").queryListView().getItems()).hasSize(3);

        // Apply the linter's own suggestion for the claim on step 1.
        robot.interact(() -> robot.lookup("#stepList").<StepModel>queryListView().getSelectionModel().select(0));
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && "采用".equals(b.getText()))
                .queryButton());
        waitUntil(() -> findings(robot).stream().noneMatch(Finding::isError));
        assertThat(text(robot, "#messageText")).contains("这款是很好的");
        robot.clickOn("#action-submit");
        String id = waitForStatus(ContentStatus.SUBMITTED, 1);

        // Reviewer: sees the diff (new content), R without a reason asks for one, then rejects with it.
        switchTo(robot, TestWorkbench.REVIEWER);
        robot.clickOn("#nav-review");
        waitUntil(() -> !robot.lookup("#reviewQueue").queryListView().getItems().isEmpty());
        waitUntil(() -> !robot.lookup("#diffRows").queryAs(VBox.class).getChildren().isEmpty());
        assertThat(label(robot, "#baseLabel")).contains("新内容");
        robot.clickOn("#reviewQueue");
        robot.type(KeyCode.R);
        waitUntil(() -> !label(robot, "#reasonHint").isEmpty());
        assertThat(text(robot, "#rejectReason")).as("the R that asked for a reason is not typed into it").isEmpty();
        assertThat(robot.lookup("#rejectReason").query().isFocused()).isTrue();
        type(robot, "#rejectReason", "第三步太随意，请写清楚周末有什么活动");
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitForStatus(ContentStatus.REJECTED, 1);
        String reason = workbench.db().read(c -> Sql.queryOne(c, "SELECT review_reason FROM content_versions"
                + " WHERE content_id = ? AND version = 1", rs -> rs.getString(1), id).orElseThrow());
        assertThat(reason).isEqualTo("第三步太随意，请写清楚周末有什么活动");

        // Editor: sees the reason, fixes step 3, resubmits as version 2.
        switchTo(robot, ContentFixture.EDITOR);
        robot.clickOn("#nav-content");
        selectInList(robot, id);
        waitUntil(() -> label(robot, "#reviewReason").contains("第三步太随意"));
        robot.interact(() -> robot.lookup("#stepList").<StepModel>queryListView().getSelectionModel().select(2));
        robot.interact(() -> robot.lookup("#messageText").queryAs(TextArea.class).clear());
        type(robot, "#messageText", "{客户称呼}，这周六下午店里有新品试穿，给您留个位置？");
        robot.clickOn("#action-submit");
        waitForStatus(ContentStatus.SUBMITTED, 2);

        // Reviewer: the diff is against the rejected v1 and shows the changed step; Ctrl+Enter approves.
        switchTo(robot, TestWorkbench.REVIEWER);
        robot.clickOn("#nav-review");
        waitUntil(() -> label(robot, "#baseLabel").contains("v1"));
        waitUntil(() -> robot.lookup("#diffRows").queryAs(VBox.class).getChildren().stream()
                .anyMatch(n -> n.getStyleClass().contains("diff-changed")));
        robot.clickOn("#reviewQueue");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitForStatus(ContentStatus.APPROVED, 2);
        waitUntil(() -> robot.lookup("#reviewQueue").queryListView().getItems().isEmpty());

        // Guide: finds the script, sees version 2 only, cannot submit or save.
        switchTo(robot, TestWorkbench.GUIDE);
        robot.clickOn("#nav-content");
        type(robot, "#contentSearch", "新客三步");
        waitUntil(() -> robot.lookup("#contentList").<ContentSummary>queryListView().getItems().size() == 1);
        ContentSummary seen = robot.lookup("#contentList").<ContentSummary>queryListView().getItems().get(0);
        assertThat(seen.id()).isEqualTo(id);
        assertThat(seen.shownVersion()).isEqualTo(2);
        selectInList(robot, id);
        waitUntil(() -> robot.lookup("#historyTable").<ContentVersion>queryTableView().getItems().size() == 1);
        ContentVersion shown = robot.lookup("#historyTable").<ContentVersion>queryTableView().getItems().get(0);
        assertThat(shown.version()).isEqualTo(2);
        assertThat(shown.status()).isEqualTo(ContentStatus.APPROVED);
        assertThat(robot.lookup("#action-submit").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#action-save").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#action-propose").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).isEditable()).isFalse();
    }

    private static List<Finding> findings(FxRobot robot) {
        return List.copyOf(robot.lookup("#findingList").<Finding>queryListView().getItems());
    }

    /** Real typing: focus by click, caret to the end with Ctrl+End, then one key event per character. */
    private static void type(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, query)).as("typed into %s", query).endsWith(text);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.TextInputControl.class).getText();
    }

    private static String label(FxRobot robot, String query) {
        String t = robot.lookup(query).queryAs(Label.class).getText();
        return t == null ? "" : t;
    }

    private static void selectInList(FxRobot robot, String id) throws Exception {
        ListView<ContentSummary> list = robot.lookup("#contentList").queryListView();
        waitUntil(() -> list.getItems().stream().anyMatch(s -> s.id().equals(id)));
        robot.interact(() -> list.getItems().stream().filter(s -> s.id().equals(id)).findFirst()
                .ifPresent(list.getSelectionModel()::select));
        waitUntil(() -> robot.lookup("#editorStatus").queryAs(Label.class).getText().startsWith("v"));
    }

    private String waitForStatus(ContentStatus status, int version) throws Exception {
        waitUntil(() -> {
            long n = workbench.db().read(c -> Sql.queryLong(c,
                    "SELECT COUNT(*) FROM content_versions WHERE status = ? AND version = ?", status.name(), version));
            return n == 1;
        });
        return workbench.db().read(c -> Sql.queryOne(c, "SELECT content_id FROM content_versions WHERE version = ?",
                rs -> rs.getString(1), version).orElseThrow());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    @SuppressWarnings("unchecked")
    private static void switchTo(FxRobot robot, String userid) {
        ComboBox<MemberChoice> switcher = robot.lookup("#memberSwitcher").queryAs(ComboBox.class);
        robot.interact(() -> switcher.getItems().stream().filter(c -> c.userid().equals(userid)).findFirst()
                .ifPresent(switcher.getSelectionModel()::select));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
