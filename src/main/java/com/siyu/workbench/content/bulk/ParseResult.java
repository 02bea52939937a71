package com.siyu.workbench.content.bulk;

import com.siyu.workbench.content.lint.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a reader got from a file: the items it could build and the findings per row (format problems so far). */
final class ParseResult {
    final List<ParsedItem> items = new ArrayList<>();
    final Map<Integer, RowReport> rows = new TreeMap<>();

    void touch(RowRef ref) {
        rows.computeIfAbsent(ref.row(), r -> new RowReport(ref.row(), ref.line(), new ArrayList<>()));
    }

    void add(RowRef ref, Finding finding) {
        touch(ref);
        rows.get(ref.row()).findings().add(finding);
    }
}
