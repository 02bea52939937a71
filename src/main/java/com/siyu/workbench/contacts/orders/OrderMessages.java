package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** Renders import problems as the sentences a person reads: "第 12 行 · 金额：“abc”不是有效金额…". */
public final class OrderMessages {
    private OrderMessages() {
    }

    public static String row(Messages messages, RowError error) {
        String reason = messages.get(error.reasonKey(), error.args());
        return error.field() == null
                ? messages.get("contacts.orders.row.formatNoField", error.line(), reason)
                : messages.get("contacts.orders.row.format", error.line(), messages.get(error.field().labelKey()),
                reason);
    }

    /** A whole-file problem; field arguments (missing columns) are named and joined with "、". */
    public static String file(Messages messages, OrderImportException error) {
        List<String> fields = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        for (Object arg : error.args()) {
            if (arg instanceof OrderField field) {
                fields.add(messages.get(field.labelKey()));
            } else {
                others.add(arg);
            }
        }
        if (!fields.isEmpty()) {
            others.add(0, String.join("、", fields));
        }
        return messages.get(error.messageKey(), others.toArray());
    }
}
