package com.siyu.workbench.contacts.orders;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which file column (0-based) holds each field; a field without a column is absent. */
public record ColumnMapping(Map<OrderField, Integer> columns) {
    public ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    public static ColumnMapping none() {
        return new ColumnMapping(Map.of());
    }

    /** The mapping a person would most likely choose: exact header synonyms first, then headers containing one. */
    public static ColumnMapping guess(List<String> headers) {
        Map<OrderField, Integer> chosen = new EnumMap<>(OrderField.class);
        Set<Integer> taken = new HashSet<>();
        for (int wanted = 2; wanted >= 1; wanted--) {
            for (OrderField field : OrderField.values()) {
                if (chosen.containsKey(field)) {
                    continue;
                }
                for (int i = 0; i < headers.size(); i++) {
                    if (!taken.contains(i) && field.score(headers.get(i)) == wanted) {
                        chosen.put(field, i);
                        taken.add(i);
                        break;
                    }
                }
            }
        }
        return new ColumnMapping(chosen);
    }

    public Integer column(OrderField field) {
        return columns.get(field);
    }

    public ColumnMapping with(OrderField field, Integer column) {
        Map<OrderField, Integer> copy = new EnumMap<>(OrderField.class);
        copy.putAll(columns);
        if (column == null || column < 0) {
            copy.remove(field);
        } else {
            copy.put(field, column);
        }
        return new ColumnMapping(copy);
    }

    /** Required fields with no column, or with a column the file does not have. */
    public List<OrderField> missingRequired(int columnCount) {
        List<OrderField> missing = new ArrayList<>();
        for (OrderField field : OrderField.values()) {
            Integer column = columns.get(field);
            if (field.required() && (column == null || column >= columnCount)) {
                missing.add(field);
            }
        }
        return missing;
    }
}
