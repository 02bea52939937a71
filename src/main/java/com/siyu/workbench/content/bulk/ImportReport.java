package com.siyu.workbench.content.bulk;

import java.util.List;

/**
 * The outcome of checking or importing a file: every row with its findings, and — when applied — how many items were
 * created, got a new version, or were unchanged. When any row has an error nothing is written.
 */
public record ImportReport(List<RowReport> rows, int created, int newVersions, int unchanged, boolean applied) {
    public List<RowReport> errorRows() {
        return rows.stream().filter(RowReport::hasErrors).toList();
    }

    public boolean hasErrors() {
        return rows.stream().anyMatch(RowReport::hasErrors);
    }
}
