package com.siyu.workbench.audit;

import com.siyu.workbench.i18n.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The 团队 screen's code-behind: binds {@link TeamViewModel} and {@link LogDrillViewModel} to the controls. */
public final class TeamView {
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final TeamViewModel model;
    private final LogDrillViewModel drill;
    private final Messages messages;
    private final TeamCharts charts;
    private final Map<Tab, ExportBar> bars = new HashMap<>();
    private SalesTab sales;

    @FXML private BorderPane root;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private Button last7;
    @FXML private Button last30;
    @FXML private Button last90;
    @FXML private ComboBox<DepartmentChoice> store;
    @FXML private Button refresh;
    @FXML private ProgressIndicator busy;
    @FXML private Label status;
    @FXML private ProgressBar verifyProgress;
    @FXML private Label chainStatus;
    @FXML private Button verifyChain;
    @FXML private Label error;
    @FXML private KpiRow kpis;
    @FXML private LineChart<Number, Number> trendChart;
    @FXML private NumberAxis trendX;
    @FXML private BarChart<String, Number> weeksChart;
    @FXML private CategoryAxis weeksX;
    @FXML private BarChart<Number, String> rankingChart;
    @FXML private CategoryAxis rankingY;
    @FXML private SplitPane split;
    @FXML private TabPane tabs;
    @FXML private Tab repsTab;
    @FXML private Tab storesTab;
    @FXML private Tab salesTab;
    @FXML private Tab behaviorTab;
    @FXML private Tab reasonsTab;
    @FXML private Tab contentTab;
    @FXML private Tab logTab;
    @FXML private HBox repsBar;
    @FXML private HBox storesBar;
    @FXML private HBox salesBar;
    @FXML private KpiRow salesKpis;
    @FXML private TableView<RepSales> repSalesTable;
    @FXML private TableView<AttributedSales> channelSalesTable;
    @FXML private BarChart<Number, String> salesChart;
    @FXML private CategoryAxis salesY;
    @FXML private HBox behaviorBar;
    @FXML private HBox reasonsBar;
    @FXML private HBox contentBar;
    @FXML private TableView<RepFigures> repsTable;
    @FXML private TableView<StoreFigures> storesTable;
    @FXML private TableView<RepFigures> behaviorTable;
    @FXML private TableView<SkipReasonCount> reasonsTable;
    @FXML private TableView<ContentUsage> contentTable;
    @FXML private Label logTitle;
    @FXML private Label logSummary;
    @FXML private Label logChain;
    @FXML private Button logExportCsv;
    @FXML private Button logExportXlsx;
    @FXML private TableView<LogRow> logTable;

    private static final double MIN_BAR_PIXELS = 20;

    private final InvalidationListener redraw = obs -> redrawCharts();
    private int rankingBars;
    private final InvalidationListener rankingResized = obs -> rankingResized();
    private final InvalidationListener redrawTrend = obs -> redrawTrend();
    private final ListChangeListener<Kpi> kpiListener = change -> showKpis();
    private final InvalidationListener chainListener = obs -> markChain();

    public TeamView(TeamViewModel model, LogDrillViewModel drill, Messages messages) {
        this.model = model;
        this.drill = drill;
        this.messages = messages;
        this.charts = new TeamCharts(messages);
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(TeamView.class.getResource("/css/audit.css").toExternalForm());
        bindToolbar();
        bindTables();
        sales = new SalesTab(model, messages, salesBar, salesKpis, repSalesTable, channelSalesTable, salesChart,
                salesY);
        bars.put(salesTab, sales.exportBar());
        FoldingSplit.install(split, tabs, salesTab, 0);
        bindLog();
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                model.refresh();
                e.consume();
            } else if (EXPORT.match(e)) {
                exportCurrentTab(ExportFormat.CSV);
                e.consume();
            }
        });
    }

    /** Attached while the screen shows (see {@link TeamScreen}). */
    void activate() {
        model.dashboardProperty().addListener(redraw);
        model.selectedRepProperty().addListener(redrawTrend);
        model.kpis().addListener(kpiListener);
        rankingChart.heightProperty().addListener(rankingResized);
        drill.chainBrokenProperty().addListener(chainListener);
        drill.chainCheckedProperty().addListener(chainListener);
        sales.activate();
        model.activate();
        redrawCharts();
        showKpis();
        markChain();
        if (!drill.chainCheckedProperty().get()) {
            drill.verifyChain();
        }
    }

    void deactivate() {
        model.dashboardProperty().removeListener(redraw);
        model.selectedRepProperty().removeListener(redrawTrend);
        model.kpis().removeListener(kpiListener);
        rankingChart.heightProperty().removeListener(rankingResized);
        drill.chainBrokenProperty().removeListener(chainListener);
        drill.chainCheckedProperty().removeListener(chainListener);
        sales.deactivate();
        model.deactivate();
        drill.stop();
    }

    private void bindToolbar() {
        fromDate.setConverter(new IsoDates());
        toDate.setConverter(new IsoDates());
        fromDate.valueProperty().bindBidirectional(model.fromProperty());
        toDate.valueProperty().bindBidirectional(model.toProperty());
        fromDate.setOnAction(e -> model.refresh());
        toDate.setOnAction(e -> model.refresh());
        last7.setOnAction(e -> lastDays(7));
        last30.setOnAction(e -> lastDays(30));
        last90.setOnAction(e -> lastDays(90));
        store.setItems(model.departments());
        store.valueProperty().bindBidirectional(model.departmentProperty());
        store.setOnAction(e -> model.refresh());
        refresh.setOnAction(e -> model.refresh());
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(model.loadingProperty());
        status.textProperty().bind(model.statusProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        verifyProgress.progressProperty().bind(drill.verifyProgressProperty());
        verifyProgress.visibleProperty().bind(drill.verifyingProperty());
        verifyProgress.managedProperty().bind(drill.verifyingProperty());
        chainStatus.textProperty().bind(drill.chainStatusProperty());
        Tooltip checkpoint = new Tooltip();
        checkpoint.textProperty().bind(drill.checkpointTipProperty());
        chainStatus.setTooltip(checkpoint);
        verifyChain.disableProperty().bind(drill.verifyingProperty());
        verifyChain.setOnAction(e -> drill.verifyChain());
    }

    private void lastDays(int days) {
        model.useLastDays(days);
        model.refresh();
    }

    private void bindTables() {
        SpecTables.fill(repsTable, model.repColumns(), messages, this::drillInto);
        repsTable.setItems(model.reps());
        repsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedRepProperty().set(now);
            }
        });
        SpecTables.fill(behaviorTable, model.behaviorColumns(), messages, this::drillInto);
        behaviorTable.setItems(model.reps());
        SpecTables.fill(storesTable, model.storeColumns(), messages, (row, metric) -> showStore(row));
        storesTable.setItems(model.stores());
        SpecTables.fill(reasonsTable, model.skipReasonColumns(), messages, (row, metric) -> { });
        reasonsTable.setItems(model.skipReasons());
        SpecTables.fill(contentTable, model.contentColumns(), messages, (row, metric) -> { });
        contentTable.setItems(model.content());
        bars.put(repsTab, new ExportBar(repsBar, messages, "audit.team.drillHint", "exportReps",
                f -> model.export("team.reps", "audit.tab.reps", model.repColumns(), shown(repsTable), f)));
        bars.put(storesTab, new ExportBar(storesBar, messages, "audit.team.storeHint", "exportStores",
                f -> model.export("team.stores", "audit.tab.stores", model.storeColumns(), shown(storesTable), f)));
        bars.put(behaviorTab, new ExportBar(behaviorBar, messages, "audit.team.behaviorHint", "exportBehavior",
                f -> model.export("team.behavior", "audit.tab.behavior", model.behaviorColumns(),
                        shown(behaviorTable), f)));
        bars.put(reasonsTab, new ExportBar(reasonsBar, messages, null, "exportReasons",
                f -> model.export("team.skipReasons", "audit.tab.reasons", model.skipReasonColumns(),
                        shown(reasonsTable), f)));
        bars.put(contentTab, new ExportBar(contentBar, messages, null, "exportContent",
                f -> model.export("team.content", "audit.tab.content", model.contentColumns(), shown(contentTable), f)));
    }

    /** The rows as shown, in the order the user sorted them. */
    private static <T> List<T> shown(TableView<T> table) {
        return List.copyOf(table.getItems());
    }

    private void exportCurrentTab(ExportFormat format) {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == logTab) {
            drill.export(format);
        } else if (bars.containsKey(tab)) {
            bars.get(tab).fire(format);
        }
    }

    private void bindLog() {
        SpecTables.fill(logTable, drill.columns(), messages, (row, metric) -> { });
        logTable.setItems(drill.rows());
        logTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(LogRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(UNTRUSTED, !empty && row != null && drill.untrusted(row));
            }
        });
        logTitle.textProperty().bind(drill.titleProperty());
        logSummary.textProperty().bind(drill.summaryProperty());
        logChain.textProperty().bind(drill.chainShortProperty());
        Tooltip chainTip = new Tooltip();
        chainTip.textProperty().bind(drill.chainStatusProperty());
        logChain.setTooltip(chainTip);
        logExportCsv.setOnAction(e -> drill.export(ExportFormat.CSV));
        logExportXlsx.setOnAction(e -> drill.export(ExportFormat.XLSX));
        logExportCsv.disableProperty().bind(drill.openedProperty().not());
        logExportXlsx.disableProperty().bind(drill.openedProperty().not());
    }

    private static final javafx.css.PseudoClass UNTRUSTED = javafx.css.PseudoClass.getPseudoClass("untrusted");
    private static final javafx.css.PseudoClass BROKEN = javafx.css.PseudoClass.getPseudoClass("broken");
    private static final javafx.css.PseudoClass INTACT = javafx.css.PseudoClass.getPseudoClass("intact");

    private void markChain() {
        boolean checked = drill.chainCheckedProperty().get();
        boolean broken = drill.chainBrokenProperty().get();
        for (Label label : List.of(chainStatus, logChain)) {
            label.pseudoClassStateChanged(BROKEN, checked && broken);
            label.pseudoClassStateChanged(INTACT, checked && !broken);
        }
        logTable.refresh();
    }

    private void drillInto(RepFigures rep, DrillMetric metric) {
        DateRange range = model.shownRange();
        if (range == null) {
            return;
        }
        drill.open(rep.member(), metric, range);
        tabs.getSelectionModel().select(logTab);
    }

    private void showStore(StoreFigures row) {
        model.departments().stream().filter(d -> d.id() != null && d.id() == row.departmentId()).findFirst()
                .ifPresent(choice -> {
                    model.departmentProperty().set(choice);
                    model.refresh();
                    tabs.getSelectionModel().select(repsTab);
                });
    }

    private void redrawCharts() {
        TeamDashboard d = model.dashboardProperty().get();
        charts.trend(trendChart, trendX, d, model.selectedRepProperty().get());
        charts.weeks(weeksChart, weeksX, d);
        redrawRanking();
    }

    private void rankingResized() {
        int fit = (int) Math.max(4, (rankingChart.getHeight() - 90) / MIN_BAR_PIXELS);
        if (Math.min(fit, model.reps().size()) != rankingBars) {
            redrawRanking();
        }
    }

    /** The ranking shows as many reps as fit readably: all of them, or the best and the last ones. */
    private void redrawRanking() {
        int fit = (int) Math.max(4, (rankingChart.getHeight() - 90) / MIN_BAR_PIXELS);
        rankingBars = Math.min(fit, model.reps().size());
        charts.ranking(rankingChart, rankingY, model.ranking(), rankingChart.getHeight() <= 0 ? Integer.MAX_VALUE : fit,
                rep -> drillInto(rep, DrillMetric.TASKS_DONE));
    }

    private void redrawTrend() {
        charts.trend(trendChart, trendX, model.dashboardProperty().get(), model.selectedRepProperty().get());
    }

    private void showKpis() {
        kpis.getChildren().setAll(KpiTiles.of(model.kpis(), messages.get("audit.kpi.clickHint"),
                kpi -> sortRepsBy(kpi.columnKey())));
    }

    /** A team figure breaks down into the reps: show them sorted by the figure's column. */
    private void sortRepsBy(String columnKey) {
        TableView<RepFigures> table = "audit.col.replyPercentage".equals(columnKey) ? behaviorTable : repsTable;
        TableColumn<RepFigures, ?> column = SpecTables.column(table, columnKey);
        tabs.getSelectionModel().select(table == behaviorTable ? behaviorTab : repsTab);
        if (column != null) {
            column.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(column));
            table.sort();
        }
    }

    public BorderPane root() {
        return root;
    }
}
