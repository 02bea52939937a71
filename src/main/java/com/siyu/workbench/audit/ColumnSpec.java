package com.siyu.workbench.audit;

import java.util.function.Function;

/**
 * One column of a team table, defined once for the screen and for its export: header text key, how values are
 * written, how to read the value from a row, and which figure a double-click on it drills into (null: none).
 */
public record ColumnSpec<T>(String headerKey, ExportColumn.Kind kind, Function<T, Object> value, DrillMetric drill) {
    public static <T> ColumnSpec<T> of(String headerKey, ExportColumn.Kind kind, Function<T, Object> value) {
        return new ColumnSpec<>(headerKey, kind, value, null);
    }

    public ColumnSpec<T> drillsInto(DrillMetric metric) {
        return new ColumnSpec<>(headerKey, kind, value, metric);
    }
}
