package com.siyu.workbench.contacts.orders;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Money as exports write it — "¥1,299.00", "￥ 59.9", "1299元", "RMB 12" — to integer fen. */
final class Amounts {
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    private static final Pattern DECORATION = Pattern.compile("(?i)^(rmb|cny)|[¥￥\\s]|元$");

    private Amounts() {
    }

    /** Thrown with the reason key when the text is not an amount. */
    static final class BadAmount extends Exception {
        final String reasonKey;

        BadAmount(String reasonKey) {
            super(reasonKey, null, false, false);
            this.reasonKey = reasonKey;
        }
    }

    static long parseCents(String raw) throws BadAmount {
        String text = DECORATION.matcher(raw.strip().replace('，', ',').replace('．', '.')).replaceAll("");
        boolean negative = text.startsWith("-") || text.startsWith("−");
        if (negative) {
            text = text.substring(1);
        }
        if (!GROUPED.matcher(text).matches() && !PLAIN.matcher(text).matches()) {
            throw new BadAmount("contacts.orders.row.badAmount");
        }
        if (negative) {
            throw new BadAmount("contacts.orders.row.negativeAmount");
        }
        BigDecimal value = new BigDecimal(text.replace(",", ""));
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new BadAmount("contacts.orders.row.tooPrecise");
        }
        return value.movePointRight(2).longValueExact();
    }
}
