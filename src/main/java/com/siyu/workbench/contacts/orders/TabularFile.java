package com.siyu.workbench.contacts.orders;

import java.util.List;

/**
 * A spreadsheet-like file as read: the header row and the data rows, each with the line (CSV) or row number (XLSX)
 * a person sees in their editor, so errors can name it.
 *
 * @param encoding what the text was decoded as ("UTF-8", "UTF-8 BOM", "GBK"), or "XLSX"
 */
public record TabularFile(String sourceName, String encoding, List<String> headers, List<Row> rows) {
    public TabularFile {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row. Cells beyond the row's end read as empty. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(Integer column) {
            if (column == null || column < 0 || column >= cells.size()) {
                return "";
            }
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
