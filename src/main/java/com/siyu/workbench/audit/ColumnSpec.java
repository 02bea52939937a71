package com.siyu.workbench.audit;

import java.util.function.Function;

/**
 * One column of a team table, defined once for the screen and for its export: header text key, how values are
 * written, how to read the value from a row, which figure a double-click on it drills into (null: none), and a
 * preferred width on screen (0: from the header).
 */
public record ColumnSpec<T>(String headerKey, ExportColumn.Kind kind, Function<T, Object> value, DrillMetric drill,
                            double width) {
    public static <T> ColumnSpec<T> of(String headerKey, ExportColumn.Kind kind, Function<T, Object> value) {
        return new ColumnSpec<>(headerKey, kind, value, null, 0);
    }

    public ColumnSpec<T> drillsInto(DrillMetric metric) {
        return new ColumnSpec<>(headerKey, kind, value, metric, width);
    }

    /** A preferred width on screen for columns whose values are wider than their header (times, names). */
    public ColumnSpec<T> width(double pixels) {
        return new ColumnSpec<>(headerKey, kind, value, drill, pixels);
    }
}
