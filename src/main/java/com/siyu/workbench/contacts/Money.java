package com.siyu.workbench.contacts;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts are integer fen (cents) in the database; shown as ¥1,299.00. */
public final class Money {
    private Money() {
    }

    public static String format(long cents) {
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(cents, 2));
    }
}
