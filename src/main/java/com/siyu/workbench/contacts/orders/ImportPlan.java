package com.siyu.workbench.contacts.orders;

import java.util.List;
import java.util.Map;

/**
 * What importing a file with a mapping would do: the orders and their matches, every row error, and the rows skipped
 * because the same order (same id, time and amount) was imported before. Imported only when there are no errors.
 */
public record ImportPlan(String sourceName, String encoding, ColumnMapping mapping, int rowCount,
                         List<PlannedOrder> orders, List<RowError> errors, List<RowError> skipped,
                         Map<MatchMethod, Integer> matchedBy, int suggested, int unmatched) {
    public ImportPlan {
        orders = List.copyOf(orders);
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
        matchedBy = Map.copyOf(matchedBy);
    }

    public boolean canImport() {
        return errors.isEmpty() && !orders.isEmpty();
    }

    public int matched() {
        return matchedBy.values().stream().mapToInt(Integer::intValue).sum();
    }
}
