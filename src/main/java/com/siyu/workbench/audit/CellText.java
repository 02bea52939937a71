package com.siyu.workbench.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How a table cell reads on screen; exports use {@link ExportService} for their own formats. */
public final class CellText {
    public static final String NONE = "—";

    private CellText() {
    }

    public static String of(ExportColumn.Kind kind, Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Number n) {
            return switch (kind) {
                case INTEGER -> String.format(Locale.ROOT, "%,d", n.longValue());
                case DECIMAL -> oneDecimal(n.doubleValue());
                case PERCENT -> oneDecimal(n.doubleValue() * 100) + "%";
                case MONEY -> String.format(Locale.ROOT, "%,.2f", n.doubleValue());
                default -> n.toString();
            };
        }
        return value.toString();
    }

    public static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
