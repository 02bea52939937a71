package com.siyu.workbench.content.bulk;

import com.siyu.workbench.content.lint.Finding;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts an item's lint findings on the rows they belong to: a CSV script's {@code steps[2].text} finding goes to the
 * third step's row as field {@code text}; everything else goes to the item's first row, named by its column.
 */
final class FindingRows {
    private static final Pattern STEP = Pattern.compile("steps\\[(\\d+)]\\.(.+)");

    private FindingRows() {
    }

    static void place(ParsedItem item, List<Finding> findings, ParseResult result) {
        for (Finding f : findings) {
            Matcher m = STEP.matcher(f.field());
            if (m.matches() && !item.stepRows().isEmpty()) {
                int index = Integer.parseInt(m.group(1));
                result.add(item.stepRow(index), f.inField(CsvColumns.columnOf(m.group(2))));
            } else {
                String field = item.stepRows().isEmpty() && m.matches() ? f.field() : CsvColumns.columnOf(f.field());
                result.add(item.mainRow(), f.inField(field));
            }
        }
    }
}
