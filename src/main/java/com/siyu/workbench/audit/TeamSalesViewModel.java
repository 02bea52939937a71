package com.siyu.workbench.audit;

import com.siyu.workbench.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 业绩归因 tab of the 团队 screen: the team's sales totals as tiles and the figures per rep or per channel,
 * filled from each dashboard {@link TeamViewModel} loads (same range, same store filter).
 */
public final class TeamSalesViewModel {
    /** What the table and the chart are grouped by. */
    public enum By { REP, CHANNEL }

    private final Messages messages;
    private final IntFunction<String> departmentName;
    private final ObjectProperty<By> by = new SimpleObjectProperty<>(this, "by", By.REP);
    private final ObservableList<RepSales> reps = FXCollections.observableArrayList();
    private final ObservableList<AttributedSales> channels = FXCollections.observableArrayList();
    private final ObservableList<Kpi> kpis = FXCollections.observableArrayList();

    TeamSalesViewModel(Messages messages, IntFunction<String> departmentName) {
        this.messages = messages;
        this.departmentName = departmentName;
    }

    void show(SalesBreakdown sales) {
        reps.setAll(sales.reps());
        channels.setAll(sales.channels());
        kpis.setAll(kpis(sales.total()));
    }

    void clear() {
        reps.clear();
        channels.clear();
        kpis.clear();
    }

    private List<Kpi> kpis(AttributedSales t) {
        return List.of(
                new Kpi("revenue", messages.get("audit.kpi.revenue"), yuan(t.revenueYuan()),
                        messages.get("audit.kpi.revenueDetail", count(t.orders()), count(t.buyers())),
                        SalesColumns.REVENUE, false),
                new Kpi("repeatRate", messages.get("audit.kpi.repeatRate"),
                        CellText.of(ExportColumn.Kind.PERCENT, t.repeatRate()),
                        messages.get("audit.kpi.repeatRateDetail", count(t.repeatBuyers()), count(t.buyers())),
                        SalesColumns.REPEAT_RATE, false),
                new Kpi("revenuePerContact", messages.get("audit.kpi.revenuePerContact"),
                        t.revenuePerContactYuan() == null ? CellText.NONE : yuan(t.revenuePerContactYuan()),
                        messages.get("audit.kpi.revenuePerContactDetail", count(t.contacts())),
                        SalesColumns.PER_CONTACT, false));
    }

    private static String yuan(double value) {
        return "¥" + CellText.of(ExportColumn.Kind.MONEY, value);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A channel's label: its name, the code when it has none, or 无渠道 for customers who came without one. */
    public String channelName(AttributedSales channel) {
        if (channel.key().isEmpty()) {
            return messages.get("audit.sales.noChannel");
        }
        return channel.name() == null || channel.name().isBlank() ? channel.key() : channel.name();
    }

    /** The rows the chart shows for the current grouping, best revenue first: label and figures. */
    public List<AttributedSales> chartRows() {
        return by.get() == By.REP ? reps.stream().map(r -> r.sales().named(r.member().name())).toList()
                : channels.stream().map(c -> c.named(channelName(c))).toList();
    }

    public String chartTitle() {
        return messages.get(by.get() == By.REP ? "audit.chart.salesByRep" : "audit.chart.salesByChannel");
    }

    public List<ColumnSpec<RepSales>> repColumns() {
        return SalesColumns.reps(departmentName);
    }

    public List<ColumnSpec<AttributedSales>> channelColumns() {
        return SalesColumns.channels(this::channelName);
    }

    public ObjectProperty<By> byProperty() {
        return by;
    }

    public ObservableList<RepSales> reps() {
        return reps;
    }

    public ObservableList<AttributedSales> channels() {
        return channels;
    }

    public ObservableList<Kpi> kpis() {
        return kpis;
    }
}
