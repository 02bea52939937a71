package com.siyu.workbench.contacts.orders;

import java.util.Arrays;

/**
 * What is wrong with one row: the file line, the field (null for the row as a whole) and the reason as an i18n key
 * with arguments, shown as "第 12 行 · 金额：…".
 */
public record RowError(int line, OrderField field, String reasonKey, Object[] args) {
    public RowError {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowError e && e.line == line && e.field == field && e.reasonKey.equals(reasonKey)
                && Arrays.equals(e.args, args);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new Object[] {line, field, reasonKey, Arrays.hashCode(args)});
    }

    @Override
    public String toString() {
        return "line " + line + " " + field + " " + reasonKey + Arrays.toString(args);
    }
}
