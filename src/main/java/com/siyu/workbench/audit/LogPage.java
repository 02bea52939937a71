package com.siyu.workbench.audit;

import java.util.List;

/** The newest entries matching a {@link LogQuery} and how many match in all. */
public record LogPage(List<LogRow> rows, long total) {
    public LogPage {
        rows = List.copyOf(rows);
    }

    public boolean truncated() {
        return total > rows.size();
    }
}
