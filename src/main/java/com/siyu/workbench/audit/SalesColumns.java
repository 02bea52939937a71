package com.siyu.workbench.audit;

import static com.siyu.workbench.audit.ExportColumn.Kind.INTEGER;
import static com.siyu.workbench.audit.ExportColumn.Kind.MONEY;
import static com.siyu.workbench.audit.ExportColumn.Kind.PERCENT;
import static com.siyu.workbench.audit.ExportColumn.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** The columns of the 业绩归因 tables (per rep, per channel), on screen and in their exports. */
final class SalesColumns {
    static final String REVENUE = "audit.col.revenue";
    static final String REPEAT_RATE = "audit.col.repeatRate";
    static final String PER_CONTACT = "audit.col.revenuePerContact";

    private SalesColumns() {
    }

    static List<ColumnSpec<RepSales>> reps(IntFunction<String> departmentName) {
        List<ColumnSpec<RepSales>> columns = new ArrayList<>();
        columns.add(ColumnSpec.of("audit.col.rep", TEXT, r -> r.member().name()));
        columns.add(ColumnSpec.of("audit.col.store", TEXT, r -> r.member().departments().stream()
                .map(departmentName::apply).collect(Collectors.joining("、"))));
        columns.addAll(figures(RepSales::sales));
        return columns;
    }

    /** {@code name} labels a channel (customers who came without one get a label of their own). */
    static List<ColumnSpec<AttributedSales>> channels(Function<AttributedSales, String> name) {
        List<ColumnSpec<AttributedSales>> columns = new ArrayList<>();
        columns.add(ColumnSpec.<AttributedSales>of("audit.col.channel", TEXT, name::apply).width(160));
        columns.addAll(figures(Function.identity()));
        return columns;
    }

    private static <T> List<ColumnSpec<T>> figures(Function<T, AttributedSales> sales) {
        return List.of(
                ColumnSpec.<T>of(REVENUE, MONEY, r -> sales.apply(r).revenueYuan()),
                ColumnSpec.<T>of("audit.col.orders", INTEGER, r -> sales.apply(r).orders()),
                ColumnSpec.<T>of("audit.col.buyers", INTEGER, r -> sales.apply(r).buyers()),
                ColumnSpec.<T>of("audit.col.repeatBuyers", INTEGER, r -> sales.apply(r).repeatBuyers()),
                ColumnSpec.<T>of(REPEAT_RATE, PERCENT, r -> sales.apply(r).repeatRate()),
                ColumnSpec.<T>of("audit.col.contacts", INTEGER, r -> sales.apply(r).contacts()),
                ColumnSpec.<T>of(PER_CONTACT, MONEY, r -> sales.apply(r).revenuePerContactYuan()));
    }
}
