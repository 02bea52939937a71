package com.siyu.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.FxTaskExecutor;
import com.siyu.workbench.ui.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
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
 * The store lead opens 团队 → 业绩归因: the team's sales tiles, the reps' figures, the channels', the chart, and an
 * export of what is shown.
 */
@ExtendWith(ApplicationExtension.class)
class TeamSalesScreenTest {
    @TempDir
    static Path dir;
    Workbench workbench;
    TeamScreen screen;
    FxTaskExecutor executor;
    final ScriptedDialogs dialogs = ScriptedDialogs.recording();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path home = Files.createDirectories(dir.resolve("sales-" + System.nanoTime()));
        workbench = TestWorkbench.open(home.resolve("db"));
        SalesDataset.write(workbench, home);
        Session session = new Session();
        session.signIn(SalesDataset.LEAD);
        executor = new FxTaskExecutor(2, failure -> dialogs.showError("task", String.valueOf(failure)));
        screen = new TeamScreen(workbench.audit(), session, executor, dialogs, Messages.load(Language.ZH_CN),
                workbench.clock());
        Scene scene = new Scene((Parent) screen.root(), 1280, 800);
        scene.getStylesheets().add(TeamSalesScreenTest.class.getResource("/css/workbench.css").toExternalForm());
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
    void theLeadSeesTheTeamsSalesByRepAndByChannelAndExportsThem(FxRobot robot) throws Exception {
        robot.clickOn("业绩归因");
        TableView<RepSales> reps = robot.lookup("#repSalesTable").queryTableView();
        waitUntil(() -> reps.getItems().size() == 3);

        assertThat(tileValue(robot, "revenue")).isEqualTo("¥2,800.00");
        assertThat(tileValue(robot, "repeatRate")).isEqualTo("40.0%");
        assertThat(tileValue(robot, "revenuePerContact")).isEqualTo("¥560.00");
        assertThat(reps.isVisible()).isTrue();
        assertThat(firstRow(robot, "#repSalesTable")).containsExactly("张晓雯", "上海徐汇店", "1,600.00", "4", "3", "2",
                "66.7%", "3", "533.33");
        assertThat(reps.getItems()).extracting(r -> r.member().name()).containsExactly("张晓雯", "李四", "王店长");
        BarChart<Number, String> chart = robot.lookup("#salesChart").queryAs(BarChart.class);
        assertThat(chart.getTitle()).isEqualTo("导购营收");
        assertThat(chart.getData().get(0).getData()).extracting(d -> d.getYValue(), d -> d.getXValue().doubleValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("王店长", 0.0),
                        org.assertj.core.groups.Tuple.tuple("李四", 1200.0),
                        org.assertj.core.groups.Tuple.tuple("张晓雯", 1600.0));

        robot.clickOn("#salesByChannel");
        TableView<AttributedSales> channels = robot.lookup("#channelSalesTable").queryTableView();
        waitUntil(channels::isVisible);
        assertThat(reps.isVisible()).isFalse();
        assertThat(firstRow(robot, "#channelSalesTable")).containsExactly("徐汇店门口活码", "1,500.00", "3", "3", "1",
                "33.3%", "3", "500.00");
        assertThat(chart.getTitle()).isEqualTo("渠道营收");
        assertThat(chart.getData().get(0).getData()).hasSize(2);

        // the 二销率 tile sorts the channels by their rate: the livestream (50 %) comes first
        robot.clickOn("#kpi-repeatRate");
        waitUntil(() -> "双11直播间".equals(firstRow(robot, "#channelSalesTable").get(0)));

        Path channelsFile = dir.resolve("channels-" + System.nanoTime() + ".csv");
        dialogs.answerFileToSave(channelsFile);
        robot.clickOn("#exportSalesCsv");
        waitUntil(() -> Files.exists(channelsFile));
        List<CSVRecord> csv = ExportServiceTest.parse(channelsFile);
        assertThat(csv).extracting(CSVRecord::toList).containsExactly(
                List.of("渠道", "营收（元）", "成交单数", "购买客户", "复购客户", "二销率", "客户数", "单客产值（元）"),
                List.of("双11直播间", "1300.00", "3", "2", "1", "50.0%", "2", "650.00"),
                List.of("徐汇店门口活码", "1500.00", "3", "3", "1", "33.3%", "3", "500.00"));
        assertThat(dialogs.suggestedFileNames()).singleElement().asString().startsWith("团队-业绩归因-渠道-");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theSalesTabFoldsTheTaskChartsAwaySoItsTableGetsTheHeightAndTheOtherTabsKeepThem(FxRobot robot)
            throws Exception {
        Region charts = (Region) robot.lookup("#trendChart").query().getParent();
        waitUntil(() -> charts.getHeight() > 150);

        robot.clickOn("业绩归因");
        TableView<RepSales> reps = robot.lookup("#repSalesTable").queryTableView();
        waitUntil(() -> reps.getItems().size() == 3);
        // in an 800 px high screen the table has room for about ten rows, not four
        waitUntil(() -> charts.getHeight() < 1 && reps.getHeight() > 400);

        robot.clickOn("导购明细");
        waitUntil(() -> charts.getHeight() > 150);
    }

    private static String tileValue(FxRobot robot, String id) {
        return robot.lookup("#kpi-" + id + " .kpi-value").queryAs(Label.class).getText();
    }

    /** The texts of the first row's cells, left to right, as the table shows them. */
    private static List<String> firstRow(FxRobot robot, String table) {
        TableView<?> view = robot.lookup(table).queryTableView();
        return view.getColumns().stream().map(column -> robot.from(view).lookup(".table-cell")
                .queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTableColumn() == column && cell.getIndex() == 0 && !cell.isEmpty())
                .map(TableCell::getText).findFirst().orElse(null)).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
