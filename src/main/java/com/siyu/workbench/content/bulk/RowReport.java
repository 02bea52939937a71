package com.siyu.workbench.content.bulk;

import com.siyu.workbench.content.lint.Finding;
import java.util.List;

/**
 * The findings of one row: format problems (rule {@code format}) and lint findings, with {@code field} naming the
 * column ({@code text}, {@code day_offset}, {@code attachments[0].link.title} …) and the range inside that cell.
 */
public record RowReport(int row, int line, List<Finding> findings) {
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
