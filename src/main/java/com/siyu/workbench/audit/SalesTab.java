package com.siyu.workbench.audit;

import atlantafx.base.theme.Styles;
import com.siyu.workbench.i18n.Messages;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * Binds the 业绩归因 tab of the 团队 screen: 按导购 / 按渠道, the team's sales tiles (a click sorts the table by that
 * figure), the table of the chosen grouping with its export, and the revenue chart beside it.
 */
final class SalesTab {
    private static final double MIN_BAR_PIXELS = 20;

    private final TeamViewModel model;
    private final TeamSalesViewModel sales;
    private final Messages messages;
    private final KpiRow kpis;
    private final TableView<RepSales> repTable;
    private final TableView<AttributedSales> channelTable;
    private final BarChart<Number, String> chart;
    private final CategoryAxis chartNames;
    private final ExportBar exportBar;

    private final ListChangeListener<Kpi> kpiListener = change -> showKpis();
    private final InvalidationListener redraw = obs -> redrawChart();

    SalesTab(TeamViewModel model, Messages messages, HBox bar, KpiRow kpis, TableView<RepSales> repTable,
             TableView<AttributedSales> channelTable, BarChart<Number, String> chart, CategoryAxis chartNames) {
        this.model = model;
        this.sales = model.sales();
        this.messages = messages;
        this.kpis = kpis;
        this.repTable = repTable;
        this.channelTable = channelTable;
        this.chart = chart;
        this.chartNames = chartNames;
        SpecTables.fill(repTable, sales.repColumns(), messages, (row, metric) -> { });
        repTable.setItems(sales.reps());
        SpecTables.fill(channelTable, sales.channelColumns(), messages, (row, metric) -> { });
        channelTable.setItems(sales.channels());
        repTable.visibleProperty().bind(sales.byProperty().isEqualTo(TeamSalesViewModel.By.REP));
        channelTable.visibleProperty().bind(repTable.visibleProperty().not());
        NumberFormat compact = NumberFormat.getCompactNumberInstance(messages.language().locale(),
                NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
        // 1万 / 10K rather than 10,000: the chart is narrow and full amounts run into each other
        ((NumberAxis) chart.getXAxis()).setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return compact.format(value);
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        this.exportBar = new ExportBar(bar, messages, "audit.sales.hint", "exportSales", this::export);
        bar.getChildren().addAll(0, groupingToggles());
    }

    private List<ToggleButton> groupingToggles() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton byRep = toggle("audit.sales.byRep", "salesByRep", TeamSalesViewModel.By.REP, group);
        ToggleButton byChannel = toggle("audit.sales.byChannel", "salesByChannel", TeamSalesViewModel.By.CHANNEL,
                group);
        byRep.getStyleClass().add(Styles.LEFT_PILL);
        byChannel.getStyleClass().add(Styles.RIGHT_PILL);
        // a pill stays pressed: clicking the chosen grouping again keeps it rather than leaving none chosen
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                sales.byProperty().set((TeamSalesViewModel.By) now.getUserData());
            }
        });
        group.selectToggle(sales.byProperty().get() == TeamSalesViewModel.By.REP ? byRep : byChannel);
        return List.of(byRep, byChannel);
    }

    private ToggleButton toggle(String textKey, String id, TeamSalesViewModel.By by, ToggleGroup group) {
        ToggleButton button = new ToggleButton(messages.get(textKey));
        button.setId(id);
        button.setUserData(by);
        button.setToggleGroup(group);
        button.getStyleClass().add(Styles.SMALL);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    void activate() {
        sales.kpis().addListener(kpiListener);
        sales.reps().addListener(redraw);
        sales.channels().addListener(redraw);
        sales.byProperty().addListener(redraw);
        chart.heightProperty().addListener(redraw);
        showKpis();
        redrawChart();
    }

    void deactivate() {
        sales.kpis().removeListener(kpiListener);
        sales.reps().removeListener(redraw);
        sales.channels().removeListener(redraw);
        sales.byProperty().removeListener(redraw);
        chart.heightProperty().removeListener(redraw);
    }

    ExportBar exportBar() {
        return exportBar;
    }

    private void export(ExportFormat format) {
        if (sales.byProperty().get() == TeamSalesViewModel.By.REP) {
            model.export("team.salesReps", "audit.tab.salesReps", sales.repColumns(), List.copyOf(repTable.getItems()),
                    format);
        } else {
            model.export("team.salesChannels", "audit.tab.salesChannels", sales.channelColumns(),
                    List.copyOf(channelTable.getItems()), format);
        }
    }

    private void showKpis() {
        kpis.getChildren().setAll(KpiTiles.of(sales.kpis(), messages.get("audit.sales.kpiHint"),
                kpi -> sortBy(kpi.columnKey())));
    }

    /** A team figure breaks down into the rows shown: sort them by its column, highest first. */
    private void sortBy(String columnKey) {
        TableView<?> table = sales.byProperty().get() == TeamSalesViewModel.By.REP ? repTable : channelTable;
        sortDescending(table, columnKey);
    }

    private static <T> void sortDescending(TableView<T> table, String columnKey) {
        TableColumn<T, ?> column = SpecTables.column(table, columnKey);
        if (column != null) {
            column.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(column));
            table.sort();
        }
    }

    /** Revenue per rep or channel, best on top; as many bars as fit readably (the best ones). */
    private void redrawChart() {
        chart.getData().clear();
        List<AttributedSales> rows = sales.chartRows();
        int fit = chart.getHeight() <= 0 ? Integer.MAX_VALUE
                : (int) Math.max(4, (chart.getHeight() - 90) / MIN_BAR_PIXELS);
        List<AttributedSales> shown = rows.size() > fit ? rows.subList(0, fit) : rows;
        chart.setTitle(rows.size() > fit ? messages.get("audit.chart.salesTop", sales.chartTitle(), fit)
                : sales.chartTitle());
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(messages.get("audit.col.revenue"));
        List<String> names = new ArrayList<>();
        for (int i = shown.size() - 1; i >= 0; i--) {
            AttributedSales row = shown.get(i);
            String name = uniqueName(names, row.name());
            names.add(name);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(row.revenueYuan(), name);
            bar.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(messages.get("audit.chart.salesTip", row.name(),
                            CellText.of(ExportColumn.Kind.MONEY, row.revenueYuan()),
                            CellText.of(ExportColumn.Kind.PERCENT, row.repeatRate()))));
                }
            });
            series.getData().add(bar);
        }
        chartNames.getCategories().setAll(names);
        chart.getData().add(series);
    }

    private static String uniqueName(List<String> taken, String name) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
