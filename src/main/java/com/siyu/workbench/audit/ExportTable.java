package com.siyu.workbench.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table as shown on screen, ready to export: {@code name} identifies it in the log ({@code team.reps}…),
 * {@code title} names the sheet. Cells are Strings or Numbers; null is an empty cell.
 */
public record ExportTable(String name, String title, List<ExportColumn> columns, List<List<Object>> rows) {
    public ExportTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, table " + name + " has "
                        + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
