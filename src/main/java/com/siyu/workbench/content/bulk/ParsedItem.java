package com.siyu.workbench.content.bulk;

import com.siyu.workbench.content.ContentBody;
import java.util.List;

/**
 * One item read from a file: its id (null = new), its body, the row it started on, and for scripts the row of each
 * step (a CSV script spans one row per step; a JSON item is one row).
 */
record ParsedItem(String id, ContentBody body, RowRef mainRow, List<RowRef> stepRows) {
    RowRef stepRow(int index) {
        return index < stepRows.size() ? stepRows.get(index) : mainRow;
    }
}
