package com.siyu.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.siyu.workbench.app.AppPaths;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.ui.FxTaskExecutor;
import com.siyu.workbench.ui.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lead opens 团队, picks a range, sees the charts and the table, drills into one rep's log, and exports CSV that
 * opens with the right Chinese text and masked phones.
 */
@ExtendWith(ApplicationExtension.class)
class TeamScreenTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path dir;
    Workbench workbench;
    TeamDataset data;
    TeamScreen screen;
    FxTaskExecutor executor;
    Stage stage;
    final ScriptedDialogs dialogs = ScriptedDialogs.recording();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        workbench = Workbench.open(new AppPaths(dir.resolve("team-" + System.nanoTime())), clock);
        data = TeamDataset.generate(workbench.db(), TeamDataset.Spec.small(TODAY), ZONE);
        Session session = new Session();
        session.signIn(new Actor(TeamDataset.REGION_LEAD, "周区经理", Set.of(Role.LEAD)));
        executor = new FxTaskExecutor(2, failure -> dialogs.showError("task", String.valueOf(failure)));
        screen = new TeamScreen(workbench.audit(), session, executor, dialogs, Messages.load(Language.ZH_CN), clock);
        Scene scene = new Scene((Parent) screen.root(), 1280, 800);
        scene.getStylesheets().add(TeamScreenTest.class.getResource("/css/workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> screen.deactivate());
        executor.close();
        workbench.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeadPicksARangeSeesChartsAndTableDrillsIntoARepAndExportsCsv(FxRobot robot) throws Exception {
        TableView<RepFigures> reps = robot.lookup("#repsTable").queryTableView();
        waitUntil(() -> reps.getItems().size() == data.reps.size());

        // Pick a range: the last 7 days, then move the start back to two weeks.
        robot.clickOn("#teamLast7");
        waitUntil(() -> status(robot).contains(TODAY.minusDays(6).toString()));
        DatePicker from = robot.lookup("#teamFrom").queryAs(DatePicker.class);
        robot.interact(() -> from.setValue(TODAY.minusDays(13)));
        robot.clickOn("#teamRefresh");
        waitUntil(() -> status(robot).contains(TODAY.minusDays(13) + " 至 " + TODAY));
        DateRange range = new DateRange(TODAY.minusDays(13), TODAY);
        ExpectedFigures expected = new ExpectedFigures(data, range, TODAY);
        for (RepFigures rep : reps.getItems()) {
            assertThat(rep.figures().tasks().done()).isEqualTo(expected.tasks(Set.of(rep.member().userid()))[1]);
        }

        // The charts are drawn from the same figures.
        LineChart<?, ?> trend = robot.lookup("#trendChart").queryAs(LineChart.class);
        BarChart<?, ?> weeks = robot.lookup("#weeksChart").queryAs(BarChart.class);
        BarChart<?, ?> ranking = robot.lookup("#rankingChart").queryAs(BarChart.class);
        assertThat(trend.getData()).hasSize(1);
        assertThat(trend.getData().get(0).getData()).hasSize(14);
        assertThat(weeks.getData()).hasSize(2);
        assertThat(ranking.getData().get(0).getData()).hasSize(data.reps.size());
        assertThat(robot.lookup("#kpi-completion").tryQuery()).isPresent();

        // Drill with the mouse: click the best rep's bar in the ranking chart (their done tasks).
        RepFigures best = reps.getItems().stream().max(java.util.Comparator.comparingDouble(
                r -> r.figures().tasks().completionRate())).orElseThrow();
        BarChart<Number, String> bars = robot.lookup("#rankingChart").queryAs(BarChart.class);
        Node topBar = bars.getData().get(0).getData().get(bars.getData().get(0).getData().size() - 1).getNode();
        robot.clickOn(topBar);
        TableView<LogRow> log = robot.lookup("#logTable").queryTableView();
        waitUntil(() -> !log.getItems().isEmpty());
        TabPane tabs = robot.lookup("#teamTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("logTab");
        assertThat(robot.lookup("#logTitle").queryAs(Label.class).getText()).startsWith(best.member().name() + " · 已完成");
        assertThat(log.getItems()).allSatisfy(row -> {
            assertThat(row.memberUserid()).isEqualTo(best.member().userid());
            assertThat(DrillMetric.TASKS_DONE.actions()).contains(row.action());
        });

        // And from the table with the keyboard: the first rep's 跳过 figure, Enter.
        robot.clickOn("导购明细");
        RepFigures first = reps.getItems().get(0);
        robot.clickOn(cellOfFirstRow(robot, "skipped"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#logTitle").queryAs(Label.class).getText()
                .startsWith(first.member().name() + " · 跳过"));
        waitUntil(() -> log.getItems().size() == first.figures().tasks().skipped());
        assertThat(log.getItems()).allSatisfy(row -> assertThat(row.action()).isEqualTo(Actions.TASK_SKIPPED));
        Label chain = robot.lookup("#chainStatus").queryAs(Label.class);
        try {
            waitUntil(() -> chain.getText().startsWith("✔ 日志完整"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("chain status: " + chain.getText(), e);
        }

        // Export the log entries, then the reps table, as CSV.
        Path logFile = dir.resolve("log-" + System.nanoTime() + ".csv");
        dialogs.answerFileToSave(logFile);
        robot.clickOn("#logExportCsv");
        List<CSVRecord> logCsv = readWhenWritten(logFile);
        assertThat(logCsv.get(0).toList()).startsWith("序号", "时间", "操作", "客户", "客户手机");
        assertThat(logCsv).hasSize(log.getItems().size() + 1);
        assertThat(logCsv.subList(1, logCsv.size())).allSatisfy(r -> {
            assertThat(r.get(2)).isEqualTo("跳过任务");
            assertThat(r.get(6)).startsWith("原因：");
            assertThat(r.get(4)).matches("139\\*\\*\\*\\*\\d{4}");
        });

        robot.clickOn("导购明细");
        Path repsFile = dir.resolve("reps-" + System.nanoTime() + ".csv");
        dialogs.answerFileToSave(repsFile);
        robot.clickOn("#exportRepsCsv");
        List<CSVRecord> repsCsv = readWhenWritten(repsFile);
        assertThat(repsCsv.get(0).toList()).startsWith("导购", "门店", "手机", "应完成", "已完成", "完成率");
        assertThat(repsCsv.subList(1, repsCsv.size())).extracting(r -> r.get(0))
                .containsExactlyInAnyOrderElementsOf(data.reps.stream().map(TeamDataset.Rep::name).toList());
        assertThat(repsCsv.subList(1, repsCsv.size())).allSatisfy(r -> {
            assertThat(r.get(1)).endsWith("店");
            assertThat(r.get(2)).matches("138\\*\\*\\*\\*\\d{4}");
        });
        String raw = Files.readString(repsFile, StandardCharsets.UTF_8);
        data.reps.forEach(rep -> assertThat(raw).doesNotContain(rep.mobile()));

        long exports = workbench.db().read(c -> Sql.queryLong(c,
                "SELECT COUNT(*) FROM activity_log WHERE action = ? AND member_userid = ?", Actions.DATA_EXPORTED,
                TeamDataset.REGION_LEAD));
        assertThat(exports).isEqualTo(2);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theKpiTilesFitOneRowAtALaptopWidthAndWrapWithoutClippingWhenNarrower(FxRobot robot) throws Exception {
        KpiRow row = robot.lookup("#teamKpis").queryAs(KpiRow.class);
        waitUntil(() -> row.getChildren().size() == 7 && robot.lookup("#repsTable").queryTableView().getItems()
                .size() == data.reps.size());

        try {
            // a 1400×900 screen gives the window ~1280 px, minus the navigation: the screen gets ~1115 px
            robot.interact(() -> stage.setWidth(1115));
            assertThat(tileRows(robot, row)).isEqualTo(1L);

            robot.interact(() -> stage.setWidth(760));
            assertThat(tileRows(robot, row)).isBetween(2L, 3L);
            DoubleSummaryStatistics widths = row.getChildren().stream()
                    .mapToDouble(tile -> ((javafx.scene.layout.Region) tile).getWidth()).summaryStatistics();
            assertThat(widths.getMax() - widths.getMin()).as("equal tile widths").isLessThanOrEqualTo(1);
        } finally {
            // the stage outlives this test: later tests expect the size the scene was made with
            robot.interact(() -> stage.setWidth(1280));
        }
    }

    /** Asserts no tile leaves the row and no figure is cut, and returns on how many lines the tiles lie. */
    private static long tileRows(FxRobot robot, KpiRow row) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds rowBounds = row.localToScene(row.getLayoutBounds());
        assertThat(rowBounds.getMaxX()).isLessThanOrEqualTo(row.getScene().getWidth() + 0.5);
        for (Node tile : row.getChildren()) {
            javafx.geometry.Bounds bounds = tile.localToScene(tile.getLayoutBounds());
            assertThat(bounds.getMinX()).as(tile.getId()).isGreaterThanOrEqualTo(rowBounds.getMinX() - 0.5);
            assertThat(bounds.getMaxX()).as(tile.getId()).isLessThanOrEqualTo(rowBounds.getMaxX() + 0.5);
            assertThat(bounds.getMaxY()).as(tile.getId()).isLessThanOrEqualTo(rowBounds.getMaxY() + 0.5);
            for (String part : List.of(".kpi-value", ".kpi-label")) {
                Label label = robot.from(tile).lookup(part).queryAs(Label.class);
                // a wrapped label shows all its text; an unwrapped one must have its full width
                if (!label.isWrapText()) {
                    assertThat(label.getWidth()).as(tile.getId() + part).isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
                }
                assertThat(label.getHeight()).as(tile.getId() + part)
                        .isGreaterThanOrEqualTo(label.prefHeight(label.getWidth()) - 0.5);
            }
        }
        return row.getChildren().stream().mapToDouble(Node::getLayoutY).distinct().count();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#teamStatus").queryAs(Label.class).getText();
    }

    private static Node cellOfFirstRow(FxRobot robot, String columnId) {
        return robot.lookup("#repsTable .table-cell.drillable").queryAllAs(TableCell.class).stream()
                .filter(cell -> !cell.isEmpty() && cell.getIndex() == 0 && columnId.equals(cell.getTableColumn().getId())
                        && cell.isVisible() && cell.getTableRow() != null && cell.getTableRow().isVisible()
                        && cell.getScene() != null)
                .findFirst().orElseThrow();
    }

    private static List<CSVRecord> readWhenWritten(Path file) throws Exception {
        waitUntil(() -> Files.exists(file));
        return ExportServiceTest.parse(file);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
