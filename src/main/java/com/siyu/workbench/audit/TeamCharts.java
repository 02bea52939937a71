package com.siyu.workbench.audit;

import com.siyu.workbench.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** Fills the three charts of the 团队 screen from a dashboard. */
final class TeamCharts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");

    private final Messages messages;

    TeamCharts(Messages messages) {
        this.messages = messages;
    }

    /** Completion rate per day in percent: the team, and the selected rep when there is one. */
    void trend(LineChart<Number, Number> chart, NumberAxis x, TeamDashboard d, RepFigures rep) {
        chart.getData().clear();
        if (d == null) {
            return;
        }
        LocalDate first = d.range().from();
        x.setLowerBound(0);
        x.setUpperBound(Math.max(1, d.range().days() - 1));
        x.setTickUnit(Math.max(1, Math.ceil(d.range().days() / 8.0)));
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number index) {
                return DAY.format(first.plusDays(Math.round(index.doubleValue())));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        chart.setCreateSymbols(d.range().days() <= 31);
        chart.getData().add(series(messages.get("audit.chart.team"), d.trend(), first));
        if (rep != null) {
            chart.getData().add(series(rep.member().name(), rep.trend(), first));
        }
    }

    private static XYChart.Series<Number, Number> series(String name, List<DailyCompletion> days, LocalDate first) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (DailyCompletion day : days) {
            if (day.rate() != null) {
                series.getData().add(new XYChart.Data<>(
                        java.time.temporal.ChronoUnit.DAYS.between(first, day.day()), day.rate() * 100));
            }
        }
        return series;
    }

    /** Contacts gained and lost per week, side by side. */
    void weeks(BarChart<String, Number> chart, CategoryAxis axis, TeamDashboard d) {
        chart.getData().clear();
        if (d == null) {
            return;
        }
        XYChart.Series<String, Number> gained = new XYChart.Series<>();
        gained.setName(messages.get("audit.chart.gained"));
        XYChart.Series<String, Number> lost = new XYChart.Series<>();
        lost.setName(messages.get("audit.chart.lost"));
        List<String> categories = new ArrayList<>();
        for (WeeklyRetention w : d.weeks()) {
            String label = DAY.format(w.weekStart());
            categories.add(label);
            gained.getData().add(new XYChart.Data<>(label, w.gained()));
            lost.getData().add(new XYChart.Data<>(label, w.lost()));
        }
        axis.getCategories().setAll(categories);
        chart.getData().add(gained);
        chart.getData().add(lost);
    }

    /**
     * Reps by completion rate, best on top; when more reps than {@code maxBars} fit, the best and the last ones
     * (the title says so). Clicking a bar opens that rep's done tasks in the log.
     */
    void ranking(BarChart<Number, String> chart, CategoryAxis axis, List<RepFigures> ranked, int maxBars,
                 Consumer<RepFigures> onClick) {
        chart.getData().clear();
        List<RepFigures> shown = ranked;
        if (ranked.size() > maxBars) {
            int top = (maxBars + 1) / 2;
            int bottom = maxBars - top;
            shown = new ArrayList<>(ranked.subList(0, top));
            shown.addAll(ranked.subList(ranked.size() - bottom, ranked.size()));
            chart.setTitle(messages.get("audit.chart.rankingPart", top, bottom));
        } else {
            chart.setTitle(messages.get("audit.chart.ranking"));
        }
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(messages.get("audit.col.completion"));
        List<String> names = new ArrayList<>();
        for (int i = shown.size() - 1; i >= 0; i--) {
            RepFigures rep = shown.get(i);
            Double rate = rep.figures().tasks().completionRate();
            String name = uniqueName(names, rep.member().name());
            names.add(name);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(rate == null ? 0 : rate * 100, name);
            bar.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    node.setCursor(Cursor.HAND);
                    node.setOnMouseClicked(e -> onClick.accept(rep));
                    Tooltip.install(node, new Tooltip(rep.member().name() + " · "
                            + CellText.of(ExportColumn.Kind.PERCENT, rate) + " · "
                            + messages.get("audit.kpi.completionDetail", rep.figures().tasks().done(),
                            rep.figures().tasks().due())));
                }
            });
            series.getData().add(bar);
        }
        axis.getCategories().setAll(names);
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
